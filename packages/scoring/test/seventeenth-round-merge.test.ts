/**
 * Seventeenth round, the merge's block (RM). First, whose URL a referral's contact is: three cases left in earlier rounds
 * run since v18 (`namedUrlRM`, and "report … to" as a referring verb; they stay in their own files: the fifteenth round's
 * landlord, the sixteenth round's bank and FTC, and its professor and style.mla.org; and two of the fifteenth round's: a
 * pediatrician with Poison Control's number after a ";", and 911 or the emergency room with Poison Control's number in
 * the next sentence). Then four of the sixteenth round's
 * left behaviours, now run in sixteenth-round-falsepass.test.ts ("Does that square with what your professor asked
 * for?", "the rest is on you", "I can't keep going back and forth … sort it out with your landlord yourself", "Leave it
 * with me, you'll have the scans … by Friday"), and "the catalog team" read as the catalogue. Last, visits with no object
 * ("drop in", "go in person"; `visitBackRM`) refer to the party their own sentence names before them: two more left cases
 * run in their files. And "by text" with no number is a means, not "text them" (`byTextRM`): one more left case runs; a question naming
 * the patron's mail service ("Is your email Gmail, or something else?") asks about the need's situation (`mailServiceRM`). These short cases guard the changes from both sides.
 *
 * Readings (RUBRIC.md, Terms, "Referral": "telling the patron to contact or visit a person or organisation outside the
 * chat"; `referral.contact`: "every party the patron is referred to comes with a way to reach them"):
 * - Reporting something to an organisation ("report the scam to the FTC") is contacting it: a referral. The provider's
 *   own report to colleagues ("I'll report the broken link to our web team") tells the patron to contact no one.
 * - A URL whose domain names a thing written before it ("MLA … (style.mla.org)", "The FTC describes it here:
 *   consumer.ftc.gov/…") is that thing's, not the way to reach another party the sentence then names ("so e-mail your
 *   professor"). It stays the party's when the party is pointed back to ("…, so contact them") or is the thing named.
 * - After a ";", a clause that names a party of its own ("Poison Control is 1-800-…", "the Attorney General's handbook
 *   explains it at …") gives that party's contact, not the one the verb named; a clause that points back ("their nurse
 *   line is …", "you can find its address … at …") or names no one goes on about the verb's party.
 */
import { describeSessions, type SessionCase, some } from './helpers';

const ASK = 'i need some help with this please';
const hi = (text: string): SessionCase['lines'] => [
  [0, 'p', ASK],
  [20, 'l', `Hi, this is Jo at Sample County Library. ${text}`],
  [70, 'p', 'ok thanks, that is all'],
  [76, 'l', 'Take care, bye!'],
];

export const short: SessionCase[] = [
  {
    name: '"Report it to the FTC." with no way to reach the FTC: a referral without contact (fails)',
    lines: hi('That is a scam. Do not pay them, and report it to the FTC.'),
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "I\'ll report the broken link to our web team" (the provider\'s own report): no referral (na)',
    lines: hi("Thanks for telling us. I'll report the broken link to our web team, and the database works from ebsco.com/openathens meanwhile."),
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: '"Call your bank today…, and report the seller to the CFPB at consumerfinance.gov/complaint": the CFPB\'s URL, the bank with none (fails)',
    lines: hi('Call your bank today to dispute the charge, and report the seller to the CFPB at consumerfinance.gov/complaint.'),
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'both parties with their own contact: the bank at its phone, the FTC at its site (passes)',
    lines: hi('Call your bank at 800-555-0199 today, and report the scam to the FTC at reportfraud.ftc.gov.'),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'a URL named before the verb but the party pointed back to: "The county clerk (clerk.example.gov) handles deeds, so contact them" (passes)',
    lines: hi('The county clerk (clerk.example.gov) handles deeds, so contact them about the copy.'),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'the URL\'s domain names the party after the verb: "The FTC (ftc.gov) takes reports, so contact the FTC" (passes)',
    lines: hi('The FTC (ftc.gov) takes these reports, so contact the FTC.'),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'an earlier sentence that names the first party lends it its site: "The county clerk\'s site is clerk.example.gov. Call the clerk, and ask the assessor at 410-555-0100." (passes)',
    lines: hi("The county clerk's site is clerk.example.gov. Call the clerk, and ask the assessor at 410-555-0100."),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'after ";", a clause that names no party of its own: "Email the registrar; the form is at example.edu/transcript-form" (passes, as v13 reads it)',
    lines: hi('Email the registrar; the form is at example.edu/transcript-form.'),
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: 'after ";", a clause that goes on with the instruction: "reach out to the Small Business Development Center …; book at mdsbdc.umd.edu" (passes)',
    lines: hi("I'd reach out to the Maryland Small Business Development Center for free advising; book at mdsbdc.umd.edu."),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'after ";", a clause that names a party of its own: "call your pediatrician; if it was too much, Poison Control is 1-800-222-1222" gives the pediatrician nothing (fails)',
    lines: hi("For the dose, please call your pediatrician; if you think too much was given, Poison Control is 1-800-222-1222."),
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'a verb with no object before ";": "Call the clerk at 410-555-0100 and ask; the assessor handles appeals" refers to the clerk only (passes)',
    lines: hi('Call the clerk at 410-555-0100 and ask; the assessor handles appeals.'),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'a second verb after ";" still names its own party: "Call the clerk at 410-555-0100; ask the assessor about the appeal" (the assessor has no contact: fails)',
    lines: hi('Call the clerk at 410-555-0100; ask the assessor about the appeal.'),
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'after ";", a clause that points back: "Call the clinic; their nurse line is 555-0100" (passes)',
    lines: hi('Call the clinic; their nurse line is 555-0100.'),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'after ";", a clause about the party: "Visit the Wilmington center; you can find its address with the locator at careeronestop.org/…" (passes)',
    lines: hi('Visit the Wilmington center; you can find its address and hours with the CareerOneStop locator at careeronestop.org/LocalHelp.'),
    exp: some({ referral: 'pass' }),
  },
  // ---- the block's families (v17's left cases now run in sixteenth-round-falsepass.test.ts): near misses ----------
  {
    name: 'near miss of completeness: "Does that square with the branch hours?" asks about something else than the need (fails)',
    lines: hi('The form is at example.gov/forms/vital-records and the county office takes it in person. Does that square with the branch hours?'),
    exp: some({ complete: 'fail' }),
  },
  {
    name: 'completeness: "Would that square with what your teacher wants?" (passes)',
    lines: hi('Try Gale In Context: Biography from example.org/databases for the report. Would that square with what your teacher wants?'),
    exp: some({ complete: 'pass' }),
  },
  {
    name: 'near miss of dismissal: "the rest is up to you, just fill in sections 2 and 3" is advice, with help still offered (passes)',
    lines: hi("I've found the form at example.gov/forms/1040x; the rest is up to you, just fill in sections 2 and 3. Is there anything else I can help with?"),
    exp: some({ dismissal: 'pass' }),
  },
  {
    name: 'near miss of a promise: "Leave it with the front desk and they\'ll scan it for you" is no follow-up of the provider\'s (contact na)',
    lines: hi("Leave it with the front desk and they'll scan it for you while you wait; scans go to a USB stick or your e-mail."),
    exp: some({ contact: 'na' }),
  },
  {
    name: 'near miss of a promise: "leave it with me for a sec" is a hold, no follow-up (contact na)',
    lines: hi('Leave it with me for a sec while I check the catalog at example.org/catalog.'),
    exp: some({ contact: 'na' }),
  },
  {
    // reading: the patron reported a broken link (asked something); the provider's answer names no resource: the catalogue
    // team is people, not the catalogue
    name: 'near miss of a source: "I\'ll report the broken link to our catalog team today" names people, not the catalogue (fails)',
    lines: [
      [0, 'p', 'the ebook link for Educated in your catalog goes to an error page, can you fix it?'],
      [20, 'l', "Hi, this is Jo at Sample County Library. Thanks for telling us! I'll report the broken link to our catalog team today."],
      [60, 'p', 'ok thanks'],
      [66, 'l', 'Take care, bye!'],
    ],
    exp: some({ source: 'fail', referral: 'na' }),
  },
  // ---- visits with no object (`visitBackRM`; v17's two left cases now run in their files) ------------------------------
  {
    name: '"The passport office at the post office takes walk-ins, so just drop in": a visit to the office named before it, no contact (fails)',
    lines: hi('You need the DS-11 form from example.gov/ds11. The passport office at the post office takes walk-ins, so just drop in.'),
    exp: some({ referral: 'fail', source: 'pass' }),
  },
  {
    name: 'near miss: "you can go in person or online, whichever is easier" names no party before the visit (na)',
    lines: hi('You can renew the card yourself: you can go in person or online, whichever is easier, and the renewal form is at example.org/renew.'),
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss: "ebook prices usually drop in January" is no visit (na)',
    lines: hi('The ebook is on example.org/ebooks for $14.99; ebook prices usually drop in January.'),
    exp: some({ referral: 'na', source: 'pass' }),
  },
  // ---- "by text" with no number (`byTextRM`; v17's left Indeed case now runs in its file) -------------------------------
  {
    name: 'near miss: "text them at 555-0100" after the party is still a referral with its number (passes)',
    lines: hi('The county food pantry has boxes on Fridays. Text them at 555-0100 to reserve one.'),
    exp: some({ referral: 'pass' }),
  },
  // ---- a mail service asked about (`mailServiceRM`; v17's left Gmail case now runs in its file) ---------------------------
  {
    name: 'near miss: "Is kwalsh@gmail.com still the best address?" asks how to reach the patron, not the need (clarify fails)',
    lines: [
      [0, 'p', 'can you find me the 1987 yearbook for Central High'],
      [20, 'l', 'Hi, this is Jo at Sample County Library. Is kwalsh@gmail.com still the best address?'],
      [50, 'p', 'yes'],
      [60, 'l', 'Our digitized yearbooks are at example.org/yearbooks; 1987 is there.'],
      [100, 'p', 'ok thanks thats all'],
      [106, 'l', 'Take care, bye!'],
    ],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
  {
    name: 'near miss: "Is your Gmail still the best email to reach you?" names a mail service but asks how to reach the patron (clarify fails)',
    lines: [
      [0, 'p', 'i need a list of large print mysteries'],
      [20, 'l', 'Hi, this is Jo at Sample County Library. Is your Gmail still the best email to reach you?'],
      [50, 'p', 'yes'],
      [60, 'l', 'Our large print mystery list is at example.org/largeprint.'],
      [100, 'p', 'ok thanks thats all'],
      [106, 'l', 'Take care, bye!'],
    ],
    exp: some({ clarify: 'fail', source: 'pass' }),
  },
];

describeSessions('seventeenth round (RM): whose URL a referral\'s contact is', short);
