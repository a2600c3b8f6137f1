/**
 * Forty-first round, block H1 (rubric v42): every party of a sentence needs its own way to reach it. RUBRIC.md,
 * referral.contact: "pass: every party the patron is referred to comes with a way to reach them (e-mail, phone, postal
 * address or URL). fail otherwise." v21-v22 (`otherPartyContactU6`, `otherPartyOrV1`) read a sentence whose only contact is
 * the next party's, named "at / on" it after ", and / , or / or"; a contact in parentheses, after a colon or a dash, after
 * " and " with no comma, or a party listed after the contact, was lent to every party of the sentence (the forty-eighth
 * session's note: "the county clerk or the State Archives (msa.maryland.gov)" passed).
 *
 * FIXES (two settings, referral.ts, narrowed and widened by the check in `forty-first-round-h1-checked.test.ts` before v42
 * landed): `otherPartyMarksH1` (`OTHER_PARTY_MARKS_H1`: another party's clause after "or", "and", "&", "as well as", its
 * contact after "at / on / via / by calling", in parentheses, after a colon, a comma or a dash); `trailingPartyH1` (a sentence
 * that ends with "or / and <article> <words>" right after another party's contact). The second or last party holds a
 * `referralParty` word and is no unit, room, staff member or thing of the first (`NOT_ANOTHER_PARTY_H1`); a provider sentence
 * anywhere in the chat that names the party with a contact reaches it (`reachedElsewhereH1`).
 *
 * Measured: no case of the earlier rounds' files nor of the devset changes status; none of the bench's 20,000 generated
 * sessions does either (40,000 generator sessions and ~10,000 LibChat rows in bench/tools/moved.mts, v41 against v42).
 */
import { describe } from 'vitest';
import { describeSessions, type SessionCase, some } from './helpers';
import { one } from './narrowing-lines';

const Q = "how do i get a copy of my grandmother's marriage license from 1952";
/** The marriage-record question answered by `text` (no "anything else"). */
const record = (text: string) => one(Q, text);

export const lent: SessionCase[] = [
  { name: 'fails: "contact the county clerk or the State Archives (msa.maryland.gov)" (the clerk has none)', lines: record('For a 1952 Maryland marriage record, contact the county clerk or the State Archives (msa.maryland.gov).'), exp: some({ referral: 'fail' }) },
  { name: 'fails: "contact the county clerk and the State Archives (msa.maryland.gov)"', lines: record('For a 1952 Maryland marriage record, contact the county clerk and the State Archives (msa.maryland.gov).'), exp: some({ referral: 'fail' }) },
  { name: 'fails: "Contact the Register of Wills and the Orphans\' Court: 410-555-0100."', lines: record("Contact the Register of Wills and the Orphans' Court: 410-555-0100."), exp: some({ referral: 'fail' }) },
  { name: 'fails: "Call your doctor and the pharmacy at 410-555-0134." (no comma)', lines: one('can i take these two meds together', 'Call your doctor and the pharmacy at 410-555-0134.'), exp: some({ referral: 'fail' }) },
  { name: 'fails: "Email Legal Aid or the Bar Association - msba.org"', lines: one('i need a free lawyer for my eviction', 'Email Legal Aid or the Bar Association - msba.org'), exp: some({ referral: 'fail' }) },
  { name: 'fails: "contact the State Archives (msa.maryland.gov) or the county clerk." (the party listed last has none)', lines: record('For a 1952 Maryland marriage record, contact the State Archives (msa.maryland.gov) or the county clerk.'), exp: some({ referral: 'fail' }) },
  { name: 'fails: "Call the Register of Wills at 410-555-0100, or the Orphans Court."', lines: record('Call the Register of Wills at 410-555-0100, or the Orphans Court.'), exp: some({ referral: 'fail' }) },
];

export const own: SessionCase[] = [
  { name: 'passes: "Contact the State Archives (msa.maryland.gov)." (one party)', lines: record('Contact the State Archives (msa.maryland.gov).'), exp: some({ referral: 'pass' }) },
  { name: 'passes: "Contact the State Archives at 410-260-6400 or msa.maryland.gov." (two ways to one party)', lines: record('Contact the State Archives at 410-260-6400 or msa.maryland.gov.'), exp: some({ referral: 'pass' }) },
  { name: 'passes: "Call the Register of Wills at 410-555-0100 and the Orphans Court at 410-555-0101." (each its own)', lines: record('Call the Register of Wills at 410-555-0100 and the Orphans Court at 410-555-0101.'), exp: some({ referral: 'pass' }) },
  { name: 'passes: "Call the clerk at 410-555-0100 about the deed and the will." (no second party)', lines: record('Call the clerk at 410-555-0100 about the deed and the will.'), exp: some({ referral: 'pass' }) },
  { name: 'passes: "… (msa.maryland.gov) or the county clerk. The clerk\'s office is at 410-555-0100." (its contact later)', lines: record("Contact the State Archives (msa.maryland.gov) or the county clerk. The clerk's office is at 410-555-0100."), exp: some({ referral: 'pass' }) },
  { name: 'passes: "Call the clerk (410-555-0100) or the State Archives (msa.maryland.gov)." (each its own)', lines: record('Call the clerk (410-555-0100) or the State Archives (msa.maryland.gov).'), exp: some({ referral: 'pass' }) },
];

describe('forty-first round (H1): every party of a sentence has its own way to reach it', () => {
  describeSessions('lent contacts', lent);
  describeSessions('own contacts', own);
});
