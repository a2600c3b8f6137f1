/**
 * Fifty-second round, block P (rubric v50), sixth blind check: P15 (referral.contact) tried both ways, in cases written without
 * the author's and labelled from RUBRIC.md before they ran.
 *
 * WHAT IT CHECKS. This check is on ONE new reading, P15 (referral.contact), added last:
 * - P15: what the provider tells the patron to send (e-mail / send / text / forward / mail …) "to yourself", "to urself", "to
 *   your own (…) e-mail / address / account / phone / inbox", "to your e-mail / inbox / phone / cell / account / drive / Google
 *   Drive / gmail" reaches no one outside the chat, so it is no referral, as v11's K6 already read "… to you". The object before
 *   "to" may be empty, a pronoun, "a copy", "copies", or "the / your / some … <up to three words>".
 * - Near misses that must STILL refer: sending to a party (the records office, a caseworker, a landlord, an insurance agent),
 *   and a second instruction in the same sentence that names a party.
 * - Other phrasings of "to yourself" in chat-speak and Spanish (P15 is English only: those would be older misses if they are
 *   referrals at all).
 * referral.contact is na when there is no referral; pass/fail only when the patron is told to contact or visit a person or
 * organisation outside the chat.
 *
 * TAKEN: labels from RUBRIC.md's Terms (Referral) and referral.contact's rule, by the literal text: sending something to the
 * patron's own address, phone or storage contacts no one; sending it to a person or organisation (a caseworker, an account
 * manager, a phone company) is writing to them, a referral, which passes only with a way to reach every party named.
 *
 * COUNTS. Written: 22 cases (12 for, 10 against), labelled before they ran (copy kept at /tmp/pBlindF-labels.ts). First run: 17 as
 * labelled, 5 disagreeing. Label corrections: 0 (each of the 5 was re-read against RUBRIC.md's Referral and referral.contact and
 * kept). Final: 17 running, 5 LEFT (each also scored under rubricV49 to say whether block P caused it):
 * - referral.contact, fail/na: "Forward it to your insurance agent this week." (older: v49 na too)
 * - referral.contact, fail/na: "fill it in, email it to urself then call the county clerk to ask about fees" (P caused: v49 fail)
 * - referral.contact, fail/na: "email it to your account manager at the bank" (P caused: v49 fail; "your account" + \b)
 * - referral.contact, fail/na: "send the bill to your phone company with a note" (older: v49 na too; P15's "your phone" would
 *   also skip it)
 * - referral.contact, pass/na: "Email copies to yourself and to the HR office at hr@…" (P caused: v49 fail, also wrong)
 * All 12 "for" cases, Spanish and chat-speak ones included, were already na under v49 (no party named): P15 changed none of them.
 * MENDED after the check (v50's final cut, by the author): P15 skips the instruction only when the rest of its clause names no
 *   party (its pronouns set aside: "… and save them to Drive"), so "email it to urself then call the county clerk" and "to your
 *   account manager at the bank" refer again: these 2 run now. "Email copies to yourself and to the HR office at hr@…" is read
 *   again as v49 read it (a fail: the address is taken as another party's; older now). Final on v50: 19 running, 3 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Dana here with the Ask Us chat at Millbrook Public Library.';
const { said } = nearMissLines(HI, { branch: 'Are you at home or at one of our branches?', branchReply: 'at the east branch' });

export const p15For: SessionCase[] = [
  c('P15 for: chat-speak "email the scans to urself"', said('how do i get my scans off the scanner', 'The scanner steps are at millbrooklib.example.org/scan. Just email the scans to urself from the touch screen.'), some({ referral: 'na', source: 'pass' })),
  c('P15 for: "forward it to your gmail"', said('the receipt only prints, can i get it digitally', 'The printing help page is millbrooklib.example.org/print. Forward it to your gmail and you will have it on your phone.'), some({ referral: 'na' })),
  c('P15 for: "text the link to your cell"', said('i want the ebook link on my phone', 'The ebook is in the catalog at millbrooklib.example.org/catalog. Tap Share and text the link to your cell.'), some({ referral: 'na' })),
  c('P15 for: "Send a copy to your own e-mail address"', said('can i keep a copy of this article', 'The article is in MasterFILE at millbrooklib.example.org/databases. Send a copy to your own e-mail address with the envelope icon.'), some({ referral: 'na' })),
  c('P15 for: "mail all three files to your inbox"', said('how do i keep my resume files', 'The resume lab guide is at millbrooklib.example.org/resume. At the end, mail all three files to your inbox before you log off.'), some({ referral: 'na' })),
  c('P15 for: "Save it to your Google Drive, or e-mail it to yourselves"', said('we need to save our group project', 'The lab guide is at millbrooklib.example.org/lab. Save it to your Google Drive, or e-mail it to yourselves before the computer resets.'), some({ referral: 'na' })),
  c('P15 for: "send the pdf to your own gmail" (own + gmail)', said('how do i keep the tax form i filled in', 'The form is at irs.gov/forms. When it is done, send the pdf to your own gmail so it is saved.'), some({ referral: 'na' })),
  c('P15 for: "forward the confirmation to your work email"', said('i booked the study room, can i get the confirmation at work', 'Room bookings are at millbrooklib.example.org/rooms. You can forward the confirmation to your work email from there.'), some({ referral: 'na' })),
  c('P15 for: chat-speak "just email it 2 urself"', said('can i get this map as a file', 'The map collection is at millbrooklib.example.org/maps. just email it 2 urself from the viewer'), some({ referral: 'na' })),
  c('P15 for: "Email yourself the PDF" (other order)', said('how do i keep the court form', 'The form is at mdcourts.gov/forms. Email yourself the PDF from the download button.'), some({ referral: 'na' })),
  c('P15 for: Spanish "mándatelo a tu correo"', said('como guardo el escaneo', 'La guía está en millbrooklib.example.org/escanear. Mándatelo a tu correo y lo imprimes en casa.'), some({ referral: 'na' })),
  c('P15 for: Spanish "envíeselo a su propio correo"', said('como guardo la solicitud', 'La solicitud está en benefits.example.gov/solicitud. Envíeselo a su propio correo antes de cerrar la página.'), some({ referral: 'na' })),
];

export const p15Against: SessionCase[] = [
  c('P15 against: "send a copy to your landlord" still refers (no contact)', said('how do i prove i paid rent', 'The receipt guide is at millbrooklaw.example.org/rent. Keep the receipt and send a copy to your landlord.'), some({ referral: 'fail' })),
  c('P15 against: "forward it to your insurance agent" still refers (no contact)', said('my claim letter came, what now', 'The claims guide is at insurance.example.gov/claims. Forward it to your insurance agent this week.'), some({ referral: 'fail' })),
  c('P15 against: "email it to yourself and then call the county clerk at 410-…"', said('i need a marriage record', 'The request form is at millbrookcounty.example.gov/records. Fill it in, email it to yourself and then call the county clerk at 410-555-0142.'), some({ referral: 'pass' })),
  c('P15 against: "email it to urself then call the county clerk" (no contact)', said('i need a marriage record', 'The request form is at millbrookcounty.example.gov/records. fill it in, email it to urself then call the county clerk to ask about fees'), some({ referral: 'fail' })),
  c('P15 against: "email it to your account manager at the bank" is a person', said('how do i dispute a charge', 'The consumer guide is at consumerfinance.gov/complaint. Write down the dates and email it to your account manager at the bank.'), some({ referral: 'fail' })),
  c('P15 against: "send the bill to your phone company" is an organisation', said('i was charged for a call i never made', 'The FCC guide is at fcc.gov/consumers. Mark the line and send the bill to your phone company with a note.'), some({ referral: 'fail' })),
  c('P15 against: "send it to yourself or straight to your caseworker"', said('where do i send my pay stubs', 'The upload guide is at benefits.example.gov/upload. Scan the stubs and send them to yourself or straight to your caseworker.'), some({ referral: 'fail' })),
  c('P15 against: "email copies to yourself and to the HR office at hr@…"', said('how do i send my timesheet', 'The timesheet form is at millbrookcounty.example.gov/forms. Email copies to yourself and to the HR office at hr@millbrookcounty.example.gov.'), some({ referral: 'pass' })),
  c('P15 against: "send it to your caseworker\'s email" is the caseworker', said('where do i send my lease', 'The upload guide is at benefits.example.gov/upload. Send it to your caseworker\'s email.'), some({ referral: 'fail' })),
  c('P15 against (older K6): "Call the clerk\'s office at 410-… and ask them to email a copy to you"', said('i need my divorce decree', 'The court page is at mdcourts.gov/records. Call the clerk\'s office at 410-555-0199 and ask them to email a copy to you.'), some({ referral: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'P15 against: "forward it to your insurance agent" still refers (no contact)':
    'referral.contact expected fail, got na: "Forward it to your insurance agent this week." tells the patron to write to a person outside the chat (an insurance agent), with no way to reach them. Older: v49 reads it na too (forward + "your insurance agent" not read as a party); not P15.',
  'P15 against: "send the bill to your phone company" is an organisation':
    'referral.contact expected fail, got na: "send the bill to your phone company with a note": an organisation to write to, no contact. Older: v49 reads it na too; P15\'s "your phone" + \\b would also skip it now.',
  'P15 against: "email copies to yourself and to the HR office at hr@…"':
    'referral.contact expected pass, got na: "Email copies to yourself and to the HR office at hr@millbrookcounty.example.gov.": a second recipient (an office, with its e-mail) after "yourself" in the same object. P caused: v49 read the referral (as fail, itself wrong), P15 matches the object\'s start "copies to yourself" and skips the whole verb, party included.',
};

describe('fifty-second round, block P, sixth blind check: P15 both ways', () => {
  for (const [t, cs] of [['P15 for', p15For], ['P15 against', p15Against]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
