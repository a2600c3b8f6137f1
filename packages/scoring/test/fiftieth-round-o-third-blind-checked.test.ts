/**
 * Fiftieth round, third blind check of block O (rubric v49): the MENDS made after the first blind check (O1's patron's own
 * contact, O3's paperwork words before a date and page, O4's person at the head of a bracket), tried both ways in new words,
 * labelled from RUBRIC.md before they ran.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - O1: the patron's own e-mail or phone read back by the provider gives no source (Source: "an e-mail or phone contact for a
 *   referral" is another party's). A number or e-mail the patron asks about, or one the provider asked about that belongs to an
 *   office ("Which number did they give you for the recycling office?"), is the office's: confirming it is a source.
 * - O3: a dated page of the patron's own paperwork (a treatment plan, a syllabus, a closing disclosure) is no source; a
 *   newspaper's issue cited by date and page is a named resource, whatever word its masthead holds ("Shopping Guide").
 * - O4: "Name (a … database / index / service)" is a named resource when the bracket's head is the resource; when the bracket
 *   describes a person ("a tutor with …", "our historian at …"), however many words come before the person word, it is a
 *   person, and a person is no named resource.
 *
 * COUNTS: 35 written (20 O1, 8 O3, 7 O4; 18 for, 17 against) / 26 ran as labelled at the first run / 9 disagreed / 0 label
 * corrections / final: 26 running, 9 LEFT:
 * - LEFT info.source expected pass, got fail: "does the library text me or do i call 410-555-0100 to renew?" (older)
 * - LEFT info.source expected pass, got fail: "the form told me at checkout to call 800-555-0199, is that the library billing line?" (older)
 * - LEFT info.source expected pass, got fail: "food bank question: phone is 410-555-0130, still right?" (O caused)
 * - LEFT info.source expected pass, got fail: "email is still records@kentbay.example.gov for the clerk?" (O caused)
 * - LEFT info.source expected pass, got fail: "Which number did they give you for the recycling office?" / "410-555-0175" (older)
 * - LEFT info.source expected fail, got pass: "The Closing Disclosure, Sept. 9, 2024, page 2 totals your closing costs." (O caused)
 * - LEFT info.source expected fail, got pass: "Lena (our historian at the county archive) has studied …" (older)
 * - LEFT info.source expected fail, got pass: "Hal (a longtime retired county volunteer with the deed index) …" (older)
 * - LEFT info.source expected pass, got fail: "GraveLocator (a database staff and volunteers use for the cemetery index) …" (O caused)
 *
 * MENDED AFTER THIS CHECK: the 4 readings O caused (O1's clause-start "phone is / email is" only in a message that asks
 *   nothing; "Disclosure" on the paperwork list; O4 not when a site's word comes before the person word) and one older one ("me at"
 *   only right before the contact) read as labelled: 31 running, 4 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { readBackLines, askedForLines, nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Nia here with Ask Us at Kent Bay Public Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch is closest to you?', branchReply: 'eastside' });

/** The patron's message `q`, a greeting, the provider's `reply` (the read-back or confirmation), thanks, goodbye. */
const confirm = readBackLines(HI, 'cool ty', 'Take care, bye!', [0, 18, 45, 80, 92]);
/** The patron's need `q`, the greeting with the provider's question `ask`, the patron's `given`, and the provider's `reply`. */
const whenAsked = askedForLines(HI, 'ty', 'Take care, bye!', [0, 18, 48, 66, 88, 95]);

export const o1: SessionCase[] = [
  // ---- for: the patron's own contact, read back, is no source
  c('O1 for: "can u text me when my hold comes in? 443-555-0122" read back', confirm('can u text me when my hold comes in? 443-555-0122', '443-555-0122 is now on your account for hold alerts.'), some({ source: 'fail' })),
  c('O1 for: "pls notify me at jlee22@example.com" read back', confirm('pls notify me at jlee22@example.com when passport appts open up', 'jlee22@example.com is on the passport appointment alert list now.'), some({ source: 'fail' })),
  c('O1 for: Spanish "mi cel es 410-555-0187" read back', confirm('quiero apuntarme al taller de computación, mi cel es 410-555-0187', 'Listo, 410-555-0187 quedó en la lista del taller del martes.'), some({ source: 'fail' })),
  c('O1 for: "im at rk.moss@example.com" read back', confirm('im at rk.moss@example.com for the volunteer form', 'rk.moss@example.com is noted on the volunteer form.'), some({ source: 'fail' })),
  c('O1 for: "knitting circle pls, phone is 301-555-0119" read back', confirm('sign up for the knitting circle pls, phone is 301-555-0119', '301-555-0119 is on the knitting circle roster for the 9th.'), some({ source: 'fail' })),
  c('O1 for: "mine is 240-555-0163" read back', confirm('mine is 240-555-0163, can it go on the card so i get overdue calls', '240-555-0163 is on your card record for overdue calls.'), some({ source: 'fail' })),
  c('O1 for: "ok sure its b.ortiz@example.com" given when asked', whenAsked('can i get in the chess club', 'What email is good for you?', 'ok sure its b.ortiz@example.com', 'b.ortiz@example.com is on the chess club list.'), some({ source: 'fail' })),
  c('O1 for: Spanish "me pueden llamar al 410-555-0148" read back', confirm('quiero la clase de ciudadanía, me pueden llamar al 410-555-0148', 'El 410-555-0148 quedó anotado para la clase de ciudadanía.'), some({ source: 'fail' })),
  c('O1 for: the patron fields\' e-mail read back', confirm('add me to the reminder list for book club', 'dana.w@example.com is on the book club reminder list.'), some({ source: 'fail' }), { patron: { name: null, email: 'dana.w@example.com', phone: null } }),
  // ---- against: another party's contact, confirmed, is a source
  c('O1 against: "could you let me know whether 301-555-0171 is the health dept" confirmed', confirm('could you let me know whether 301-555-0171 is the right number for the county health dept', "Yes, 301-555-0171 is the County Health Department's main line."), some({ source: 'pass' })),
  c('O1 against: "im at the library website and it shows 410-555-0133" confirmed', confirm('im at the library website and it shows 410-555-0133 for the branch, is that right?', 'Yes, 410-555-0133 is the Eastside branch desk.'), some({ source: 'pass' })),
  c('O1 against: "my mom said the senior center number is 410-555-0109?" confirmed', confirm('my mom said the senior center number is 410-555-0109?', 'That is right, 410-555-0109 is the Senior Center front desk.'), some({ source: 'pass' })),
  c('O1 against: "is 443-555-0190 the number for the water dept" confirmed', confirm('is 443-555-0190 the number for the water dept or is that an old one', "It's current: 443-555-0190 is Water Billing."), some({ source: 'pass' })),
  c('O1 against: "whats the email for the county archives, is it archives@…" confirmed', confirm("what's the email for the county archives, is it archives@kentbay.example.gov?", 'Yes, archives@kentbay.example.gov reaches the County Archives.'), some({ source: 'pass' })),
  c('O1 against: "the tax lady told me to call 410-555-0112" confirmed', confirm('the tax lady told me to call 410-555-0112, is that the assessor?', "Yes, 410-555-0112 is the Assessor's office."), some({ source: 'pass' })),
  c('O1 against: "does the library text me or do i call 410-555-0100" confirmed', confirm('does the library text me or do i call 410-555-0100 to renew?', 'Yes, 410-555-0100 is the renewal line; we do not text.'), some({ source: 'pass' })),
  c('O1 against: "the form told me at checkout to call 800-555-0199" confirmed', confirm('the form told me at checkout to call 800-555-0199, is that the library billing line?', 'Yes, 800-555-0199 is our billing line.'), some({ source: 'pass' })),
  c('O1 against: "food bank question: phone is 410-555-0130, still right?" confirmed', confirm('food bank question: phone is 410-555-0130, still right?', "Yes, 410-555-0130 is still the food bank's line."), some({ source: 'pass' })),
  c('O1 against: "email is still records@… for the clerk?" confirmed', confirm('email is still records@kentbay.example.gov for the clerk?', 'Yes, records@kentbay.example.gov is the Clerk of Court.'), some({ source: 'pass' })),
  c('O1 against: the office\'s number given bare when the provider asked which number', whenAsked('the recycling office never picks up, is the number wrong', 'Which number did they give you for the recycling office?', '410-555-0175', "That's the right one: 410-555-0175 is the county recycling hotline."), some({ source: 'pass' })),
];

export const o3: SessionCase[] = [
  // ---- for: the patron's paperwork, dated and paged, is no source
  c('O3 for: "The Treatment Plan, March 8, 2025, page 3"', said('what does my therapy plan say about visits', 'The Treatment Plan, March 8, 2025, page 3 lists how many visits are covered.'), some({ source: 'fail' })),
  c('O3 for: "the Course Syllabus, Jan. 15, 2026, page 5"', said('when is my essay due', 'Look at the Course Syllabus, Jan. 15, 2026, page 5 for the due dates.'), some({ source: 'fail' })),
  c('O3 for: "The Home Appraisal, Oct 3, 2024, pg. 6"', said('how big is my house supposed to be', 'The Home Appraisal, Oct 3, 2024, pg. 6 gives the square footage.'), some({ source: 'fail' })),
  c('O3 for: "The Lab Results, 4 March 2025, page 2"', said('what is a normal a1c', 'The Lab Results, 4 March 2025, page 2 show the normal range beside each value.'), some({ source: 'fail' })),
  c('O3 for: "The Closing Disclosure, Sept. 9, 2024, page 2" (no list word)', said('how much were my closing costs', 'The Closing Disclosure, Sept. 9, 2024, page 2 totals your closing costs.'), some({ source: 'fail' })),
  // ---- against: a paper's issue by date and page is a source
  c('O3 against: "The Harrisburg Evening News, Aug. 14, 1961, page 9"', said('was my aunts wedding in the paper', 'The Harrisburg Evening News, Aug. 14, 1961, page 9 has the wedding write-up.'), some({ source: 'pass' })),
  c('O3 against: "The Port Arthur News, Dec. 2, 1940, p. 1"', said('was the refinery fire covered', 'The Port Arthur News, Dec. 2, 1940, p. 1 covers the refinery fire.'), some({ source: 'pass' })),
  c('O3 against: a shopping-guide paper, "Valley Shopping Guide, May 3, 1972, page 7"', said('did the hardware store run an ad when it opened', 'Valley Shopping Guide, May 3, 1972, page 7 has the grand opening ad.'), some({ source: 'pass' })),
];

export const o4: SessionCase[] = [
  // ---- for: a person in the bracket is no named resource
  c('O4 for: "Rena (our tutor with the homework help service)"', said('who can help my son with algebra', 'Rena (our tutor with the homework help service) works with algebra students.'), some({ source: 'fail' })),
  c('O4 for: "Lena (our historian at the county archive)"', said('who would know about the 1920 flood', 'Lena (our historian at the county archive) has studied the 1920 flood.'), some({ source: 'fail' })),
  c('O4 for: "Hal (a longtime retired county volunteer with the deed index)"', said('who knows about old deeds here', 'Hal (a longtime retired county volunteer with the deed index) knows the old deeds well.'), some({ source: 'fail' })),
  // ---- against: the resource heads the bracket
  c('O4 against: "GraveLocator (a database staff and volunteers use for the cemetery index)"', said('how do i find where my great uncle is buried', 'GraveLocator (a database staff and volunteers use for the cemetery index) lists burials by name.'), some({ source: 'pass' })),
  c('O4 against: "PA Burials (a volunteer-run index)"', said('how do i find where my great uncle is buried', 'PA Burials (a volunteer-run index) lists him in Plot 14.'), some({ source: 'pass' })),
  c('O4 against: "Oakwood Burials (the friends of the cemetery index)"', said('how do i find where my great uncle is buried', 'Oakwood Burials (the friends of the cemetery index) lists him in Section C.'), some({ source: 'pass' })),
  c('O4 against: "Marion Burials (the volunteers\' transcription index)"', said('how do i find where my great uncle is buried', "Marion Burials (the volunteers' transcription index) has him under 1931."), some({ source: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'O1 against: "does the library text me or do i call 410-555-0100" confirmed':
    'info.source: expected pass, got fail. "text me" ties the number to the patron, though it is the library\'s renewal line the patron asks about; confirming it gives a contact (Terms, Source). older: v48 fails it too (N2\'s "me" anywhere).',
  "O1 against: the office's number given bare when the provider asked which number":
    'info.source: expected pass, got fail. "Which number did they give you for the recycling office?" counts as an ask for the patron\'s contact, so the office\'s bare number reads as the patron\'s own. older: v48 fails it too (N2\'s four words or fewer).',
  'O4 for: "Lena (our historian at the county archive)"':
    'info.source: expected fail, got pass. O4 reads the person, but the older named-resource reading still takes "county archive" as a named resource. older: v48 passes it too.',
  'O4 for: "Hal (a longtime retired county volunteer with the deed index)"':
    'info.source: expected fail, got pass. The person word is the fifth of the bracket, past O4\'s three, so N12 reads a site. older: v48 passes it too (O4 does not reach it).',
};

describe('fiftieth round: block O, third blind check', () => {
  for (const [t, cs] of [['O1', o1], ['O3', o3], ['O4', o4]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
