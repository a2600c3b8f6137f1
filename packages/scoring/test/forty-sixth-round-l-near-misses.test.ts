/**
 * Forty-sixth round: block L's readings (rubric v46) tried both ways by the author of the block, in cases written after the
 * block and labelled from RUBRIC.md before they ran: each change as meant in new words, and the near misses it must not read.
 * (The whole sessions that found the block are `forty-fifth-round-*-checked` and `forty-sixth-round-*-checked`; block K's
 * checking files hold the forms L9 reaches.)
 *
 * READINGS TAKEN where RUBRIC.md leaves room: a question asked before the first source is no completeness question (RUBRIC: "in
 * or after the first message that gives a source"); a holds notice's time is no time for the follow-up promised.
 *
 * COUNTS. Written: 34 cases, labelled before the first run. First run: 33 as labelled, 1 disagreeing: "Let me know anything else
 * you need!" labelled as a closing "anything else"; v45 and v46 alike read it as none (a statement, not a question: RUBRIC's
 * "asks whether the patron needs anything else"), so the label was a guess at an earlier reading, not RUBRIC's text, and the
 * case was dropped (it tested nothing of L1). Two more written later for L9's K23 ("The directory is showing an error", "the
 * guardian covered the costs"): L9's first cut read both as sources, and was narrowed (no "is showing", no "Guardian").
 * Four more for each of L11 and L12, written with them and labelled before they ran: as labelled. One more for L11 written in
 * review ("Can I have a number to reach you?"): L11's list first held "a" (for an A-number), which read it as no contact
 * question; "a" was dropped (and house, street and apartment numbers with it: parts of an address).
 * Final: 44 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { describeSessions, FU_ME, type Line, type SessionCase, some } from './helpers';

const HI = "Hi, I'm Jo, a librarian at Sample County Library.";
/** The patron's question `q`, a greeting that asks nothing, the provider's `first`, the patron's reply, `then`, thanks, goodbye. */
const asked = (q: string, first: string, reply: string, then: string): Line[] => [
  [0, 'p', q],
  [20, 'l', HI],
  [30, 'l', first],
  [60, 'p', reply],
  [80, 'l', then],
  [110, 'p', 'ok thanks'],
  [120, 'l', 'Thanks for chatting, bye!'],
];
/** The patron's question, a greeting that asks which branch, the reply, the provider's `text`, thanks and goodbye. */
const said = (q: string, text: string, bye: string = 'Thanks for chatting, bye!'): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} Which branch do you use?`],
  [50, 'p', 'central'],
  [70, 'l', text],
  [110, 'p', 'ok thanks'],
  [120, 'l', bye],
];
/** A follow-up session: the provider's `before`, the patron's e-mail, its read-back, and `promise` (the last provider words). */
const followUp = (before: string, promise: string): Line[] => [
  [0, 'p', 'i need the minutes of the 1998 school board meetings'],
  [20, 'l', `${HI} Which district, and do you need all twelve months?`],
  [50, 'p', 'carroll county, just march and april'],
  [70, 'l', before],
  [100, 'p', 'sure its pat.ng@example.com'],
  [110, 'l', 'Thanks, I have pat.ng@example.com.'],
  [130, 'l', promise],
];
const c = (name: string, lines: Line[], exp: SessionCase['exp'], over?: SessionCase['over']): SessionCase => ({ name, lines, exp, ...(over ? { over } : {}) });
const SRC = 'The enrollment steps are at sampleschools.org/enroll.';

export const l1: SessionCase[] = [
  c('L1 "Do you know anything else, like …?" asks for details', asked('how do i enroll my son in school', 'Do you know anything else, like which school he would attend?', 'Elm Street Elementary', `${SRC} Elm Street's office can help too: 410-555-0123.`), some({ clarify: 'pass', anything: 'fail' })),
  c('L1 chat-speak "do u know anything else abt it"', asked('looking for a book i read as a kid', 'do u know anything else abt it? like the cover or when u read it?', 'blue cover, a dog, the 90s', 'Could be "Shiloh" by Phyllis Reynolds Naylor (1991): catalog.samplelib.org, search Shiloh.'), some({ clarify: 'pass', anything: 'fail' })),
  c('L1 against: "Would you like to know anything else?" still asks', said('how do i enroll my son in school', `${SRC} Would you like to know anything else?`), some({ anything: 'pass' })),
  c('L1 against: "Do you need to know anything else?" still asks', said('how do i enroll my son in school', `${SRC} Do you need to know anything else?`), some({ anything: 'pass' })),
  c('L1 "anything else you know about the author?" asks for details', said('looking for a book i read as a kid', 'The catalogue is at catalog.samplelib.org. Is there anything else you know about the author? I can search again.'), some({ anything: 'fail' })),
];

export const l3: SessionCase[] = [
  c('L3 "Does what I sent so far help?"', said('trail maps for green ridge', 'The state trail map is at dnr.maryland.gov/trails. Does what I sent so far help?'), some({ complete: 'pass' })),
  c('L3 "Has what I found thus far helped?"', said('trail maps for green ridge', 'The state trail map is at dnr.maryland.gov/trails. Has what I found thus far helped?'), some({ complete: 'pass' })),
  c('L3 against: asked before the first source', asked('trail maps for green ridge', 'Does what I said so far make sense? Hiking or biking?', 'hiking', 'The state trail map is at dnr.maryland.gov/trails.'), some({ complete: 'fail' })),
];

export const l4: SessionCase[] = [
  c('L4 "delete the email and check your orders yourself at amazon.com" refers no one', said('is this amazon email real', 'It looks like phishing. The safest thing is to delete the email and check your orders yourself at amazon.com.'), some({ referral: 'na' })),
  c('L4 "ignore the text and check your account at …" refers no one', said('got a text saying my card is locked', 'You can ignore the text and check your account yourself at samplelib.org/account.'), some({ referral: 'na' })),
  c('L4 against: "Save the email and call the IRS at 800-829-1040."', said('got a letter from the irs', 'Save the email and call the IRS at 800-829-1040 to check it.'), some({ referral: 'pass' })),
  c('L4 against: "would be worth a call, they have …" (no contact)', said('history of my farm', 'The county land records are at mdlandrec.net. The Historical Society would also be worth a call, they have farm files.'), some({ referral: 'fail' })),
  c('L4 against: "Give the clinic a call at …"', said('free flu shots?', 'Give the county clinic a call at 410-555-0140, they do walk-ins.'), some({ referral: 'pass' })),
  c('L4 against: "your visit and …, visit the Assessor\'s Office at 12 Main St"', said('who owned my house in 1950', "For the tax records, visit the Assessor's Office at 12 Main St, Westminster, MD 21157."), some({ referral: 'pass' })),
];

export const l6: SessionCase[] = [
  c('L6 "They can e-mail you by Friday" before "They\'ll be in touch."', followUp("The district archivist has those. They can e-mail you the scans by Friday. What e-mail should they use?", "They'll be in touch. Thanks, bye!"), some({ contact: 'pass' }), FU_ME),
  c("L6 \"you'll hear from them within two business days\" before the promise", followUp("I'll pass this to the district archivist; you'll hear from them within two business days. Can I have your e-mail?", 'They will get back to you. Bye!'), some({ contact: 'pass' }), FU_ME),
  c('L6 against: a holds notice\'s time is no follow-up time', followUp('Our holds system emails you within 24 hours when a book is ready. Can I have your e-mail for the minutes?', "I'll get back to you with the minutes. Bye!"), some({ contact: 'fail' }), FU_ME),
  c("L6 against: a reading room's days are no follow-up time", followUp('The Maryland Room is open by appointment Tuesday through Saturday. What e-mail can I use?', "I'll send you what I find. Bye!"), some({ contact: 'fail' }), FU_ME),
];

const ENDED: Line = [240, 's', 'Chat ended by librarian.', { type: 'ended' } as never];
export const l7: SessionCase[] = [
  c('L7 "I have answered this three times now. I am going to end this session."', [[0, 'p', 'where are the audiobooks'], [20, 'l', `${HI} Do you use Libby?`], [50, 'p', 'where are the audiobooks'], [70, 'l', 'In Libby (libbyapp.com), tap Search, then Audiobooks.'], [150, 'p', 'WHERE ARE THE AUDIOBOOKS'], [170, 'l', 'Sir, I have answered this three times now. I am going to end this session.']], some({ dismissal: 'fail' })),
  c('L7 against: "I\'ve explained this twice, so let me try a different way"', [[0, 'p', 'where are the audiobooks'], [20, 'l', `${HI} Do you use Libby?`], [50, 'p', 'where are the audiobooks'], [70, 'l', 'In Libby (libbyapp.com), tap Search, then Audiobooks.'], [150, 'p', 'i dont get it'], [170, 'l', "I've explained this twice now, so let me try a different way: open Libby, tap the magnifier, choose Audiobooks."], [200, 'p', 'ok got it thanks'], [210, 'l', 'Great, bye!']], some({ dismissal: 'pass' })),
  c('L7 against: a count of something else', said('when is my book due', 'I already told you twice it was due Friday. The account page is samplelib.org/account. Anything else?'), some({ dismissal: 'pass' })),
  c('L7 against: a way back in the same message', [[0, 'p', 'where are the audiobooks'], [20, 'l', `${HI} Do you use Libby?`], [50, 'p', 'where are the audiobooks'], [70, 'l', 'In Libby (libbyapp.com), tap Search, then Audiobooks.'], [150, 'p', 'WHERE'], [170, 'l', "I've answered that three times now. I'm closing this chat, but you're welcome to start a new chat anytime."]], some({ dismissal: 'pass' })),
];

export const l8: SessionCase[] = [
  c('L8 "Which day and roughly what time were you there?" clarifies', asked('i think i left my umbrella at the library', 'Oh no! Which day and roughly what time were you there?', 'tuesday around 3', 'Lost and found is kept at the circulation desk: call them at 410-555-0101.'), some({ clarify: 'pass' })),
  c('L8 "How long were you there for?" clarifies', asked('my parking ticket at the library lot', 'How long were you there for, and which lot?', 'about 3 hours, the garage', 'The garage allows 2 hours free; the city parking office is at 410-555-0150.'), some({ clarify: 'pass' })),
  c('L8 against: "you there? it\'s been a few minutes" still checks in', [[0, 'p', 'do u have the new stephen king book'], [20, 'l', `${HI} Print or ebook?`], [40, 'p', 'print'], [62, 'l', 'Yes: catalog.samplelib.org, search "Holly", 3 copies at Central. Does that help?'], [200, 'l', "you there? it's been a few minutes"]], some({ idle: 'pass' }), { endAfter: 80 }),
];

export const l9: SessionCase[] = [
  c('L9 "thats all i can do in 1 chat."', said('can u help me with all these forms', 'The forms are at marylandtaxes.gov/forms. thats all i can do in 1 chat.'), some({ dismissal: 'fail' })),
  c('L9 against: one thing limited, help goes on', said('can u help me with all these forms', "The scans are at samplelib.org/scans. That's all I can do in one chat for the scans, but I'm happy to keep going with the forms."), some({ dismissal: 'pass' })),
  c('L9 "Hand in the completed form at the registrar\'s office, or call them"', said('where do i hand in my transcript request', "Hand in the completed form at the registrar's office, or call them at 410-555-0134."), some({ referral: 'pass' })),
  c('L9 against: "Hand in your notice at work"', said('how do i quit my job politely', 'Hand in your notice at work two weeks ahead; the career guide at samplelib.org/jobs has letter templates.'), some({ referral: 'na' })),
  c('L9 "The Boston Globe reported the fire on March 3, 1942."', said('when was the cocoanut grove fire', 'The Boston Globe reported the fire on its front page of November 29, 1942.'), some({ source: 'pass' })),
  c('L9 against: "The directory is showing an error for me too." (the first cut read it)', said('the staff directory page wont load', 'The directory is showing an error for me too, so it is on our side. Try again in an hour?'), some({ source: 'fail' })),
  c('L9 against: "the guardian covered the costs" (the first cut read it)', said('who paid for my nephews school trip', 'From what you describe, the guardian covered the costs, not the school.'), some({ source: 'fail' })),
  c('L9 against: "The guardian ad litem covered the hearing."', said('who spoke for my niece in court', 'The guardian ad litem covered the hearing for her, I believe.'), some({ source: 'fail' })),
];

export const l10: SessionCase[] = [
  c('L10 "I\'m Selma, a librarian with Ask Us Tonight." (Lost Call) invites no one back', [[0, 'p', 'is the new percy jackson book out'], [25, 'l', "Hi! I'm Selma, a librarian with Ask Us Tonight. Let me take a look for you."], [37, 's', 'Patron has left the chat.', { type: 'patron_left' } as never]], some({ courteous: 'fail' })),
  c('L10 against: "Ask us again tonight if anything comes up."', said('is the new percy jackson book out', 'Yes: catalog.samplelib.org, search "Percy Jackson".', 'Ask us again tonight if anything comes up!'), some({ courteous: 'pass' })),
];

export const l11: SessionCase[] = [
  c('L11 "So your wife needs a tax number …, is that right?" clarifies', asked('my wife need number for tax she has no social security', "So your wife needs a tax number because she can't get a Social Security number, is that right?", 'yes', 'She can apply for an ITIN with Form W-7: irs.gov/itin.'), some({ clarify: 'pass' })),
  c('L11 "Is the case number on the letter?" clarifies', asked('i got a letter from uscis about my case', 'Is the case number on the letter, and which form did you file?', 'yes, I-130', 'You can check it at egov.uscis.gov/casestatus with that number.'), some({ clarify: 'pass' })),
  c('L11 against: "What is the best number to reach you?" asks for a contact', asked('i got a letter from uscis about my case', 'What is the best number to reach you at?', '410-555-0199', 'You can check your case at egov.uscis.gov/casestatus.'), some({ clarify: 'fail' })),
  c('L11 against: "Can I have a number to reach you?" (found in review: "a" was first in the list)', asked('i got a letter from uscis about my case', 'Can I have a number to reach you, in case we get cut off?', '410-555-0199', 'You can check your case at egov.uscis.gov/casestatus.'), some({ clarify: 'fail' })),
  c('L11 against: "Is your phone number the same as on your card?"', asked('i got a letter from uscis about my case', 'Is your phone number the same as on your library card?', 'yes', 'You can check your case at egov.uscis.gov/casestatus.'), some({ clarify: 'fail' })),
];

export const l12: SessionCase[] = [
  c('L12 "please have him talk to an immigration lawyer" (no contact)', said('my brother got a letter from immigration', 'That sounds serious, please have him talk to an immigration lawyer soon.'), some({ referral: 'fail' })),
  c('L12 "tell your mom to call the SHIP line at …"', said('my mom has medicare questions', 'The Medicare basics are at medicare.gov. Tell your mom to call the SHIP line at 800-243-3425, they counsel for free.'), some({ referral: 'pass' })),
  c('L12 against: "I\'ll have them call you tomorrow"', said('my brother got a letter from immigration', "The USCIS letter guide is at uscis.gov/forms. I'll have them call you tomorrow with the clinic list."), some({ referral: 'na' })),
  c('L12 against: "Have them contact us again"', said('my brother got a letter from immigration', "The USCIS letter guide is at uscis.gov/forms. Have them contact us again if it's unclear."), some({ referral: 'na' })),
];

describe('forty-sixth round: block L tried both ways', () => {
  describeSessions('L1', l1);
  describeSessions('L3', l3);
  describeSessions('L4', l4);
  describeSessions('L6', l6);
  describeSessions('L7', l7);
  describeSessions('L8', l8);
  describeSessions('L9', l9);
  describeSessions('L10', l10);
  describeSessions('L11', l11);
  describeSessions('L12', l12);
});
