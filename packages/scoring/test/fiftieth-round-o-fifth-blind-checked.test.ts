/**
 * Fiftieth round, block O (rubric v49), fifth blind check: the last mends of O1, O3, O4, O7 and O11 tried both ways in wording the
 * author never saw, labelled from RUBRIC.md before they ran (the labels were copied aside first).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - O1 (info.source): the patron's own e-mail or phone, read back, gives no source; a number the patron asks about that belongs to
 *   an office, a clinic or a pharmacy, confirmed by the provider, is "an e-mail or phone contact for a referral" (Terms) and gives
 *   one. Whose it is follows the meaning, not the words: "text me … the number for legal aid? i have 410-…" gives legal aid's.
 * - O3: a dated page of a newspaper is a named publication (a source); a dated page of the patron's own paperwork is not.
 * - O4: a name with a site, database, archive … in brackets is a named resource; a person described in brackets is not a source.
 * - O7: "Does the <source> have/show/list <what the patron sought>?" asks whether the information given meets the need; asking
 *   whether a page shows a box, tab or filter helps the patron find their way and does not.
 * - O11: telling the patron to take things to a drop-off / recycling / hazardous-waste site, depot or transfer station is telling
 *   them to visit an organisation outside the chat (Terms, Referral); a collection day or event is not a place to contact or visit,
 *   and the provider taking something there is no referral.
 *
 * COUNTS: written 38 (21 for, 17 against) / first run as labelled 26 / disagreeing 12 / label corrections 0 / final: 26 running,
 * 12 LEFT:
 * - info.source fail/na "can u txt me at 443-555-0121 when the hold comes in" read back: no substantive exchange (older)
 * - info.source fail/na "quiero la lista de talleres, escríbame a ana.g@example.com" read back: no substantive exchange (O caused)
 * - info.source pass/fail "my pharmacy is 410-555-0150, right?" confirmed: read as the patron's own (older)
 * - info.source pass/fail "can you text me later the number for legal aid? i have 410-555-0190" confirmed: own (older)
 * - info.source fail/pass "Dot (our genealogist at the history archive)": "the history archive" still a source (older)
 * - info.source fail/pass "Bea (the one who runs our digitization service)": bracket read as a site (older)
 * - followup.completeness pass/fail "Does the yearbook have your mom in it?": "yearbook" not a source word (older)
 * - followup.completeness fail/pass "Did the site show your address in the account tab?": page part 3 words on (O caused)
 * - referral.contact fail/na "Drop the old batteries off at a battery recycling point" (older)
 * - referral.contact fail/na "drop em off at the county's hazardous waste depot" (older)
 * - referral.contact fail/na "You can haul the mattress to the transfer station" (older)
 * - referral.contact fail/na "Lleve las pilas a un punto de reciclaje" (older)
 *
 * MENDED AFTER THIS CHECK: the reading O caused ("Did the site show your address in the account tab?": O7 now looks for a page part
 *   in the rest of the question) and two older ones (O11's points and depots are parties now: "Drop the old batteries off at a
 *   battery recycling point", "drop em off at the county's hazardous waste depot") read as labelled: 29 running, 9 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { readBackLines, askedForLines, nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Wren here at Alder Valley Public Library.';
const { asked, said } = nearMissLines(HI, { branch: 'Is this for the Eastgate branch or another one?', branchReply: 'eastgate' });

/** The patron's message `p`, the greeting, the provider's `answer`, thanks, goodbye. */
const confirm = readBackLines(HI, 'great ty', 'Take care, bye!', [0, 18, 45, 80, 88]);
/** The patron asks `q`; the provider greets and says `ask`; the patron replies `given`; the provider says `answer`. */
const reply = askedForLines(HI, 'ty', 'Take care, bye!', [0, 18, 50, 68, 85, 92]);

export const o1: SessionCase[] = [
  // ---- for: the patron's own, read back: no source
  c('O1 for: "txt me at 443-555-0121 when the hold comes in" read back', confirm('can u txt me at 443-555-0121 when the hold comes in', 'Sure thing, 443-555-0121 is now on your hold notice.'), some({ source: 'fail' })),
  c('O1 for: "you can reach me on 301-555-0133" read back', confirm('put me down for the chess club, you can reach me on 301-555-0133', 'All set, 301-555-0133 is on the chess club sheet.'), some({ source: 'fail' })),
  c('O1 for: "my emial is ro.t@example.com" (a typo) read back', confirm('add me to the book club list pls, my emial is ro.t@example.com', 'ro.t@example.com is on the book club list now.'), some({ source: 'fail' })),
  c('O1 for: "…. phone: 410-555-0187" in a message without a question', confirm('sign me up for the knitting circle. phone: 410-555-0187', '410-555-0187, got it, you are on the knitting circle list.'), some({ source: 'fail' })),
  c('O1 for: "mi cel es 410-555-0145" read back', confirm('avíseme cuando llegue el libro, mi cel es 410-555-0145', 'Claro, le aviso al 410-555-0145 cuando llegue.'), some({ source: 'fail' })),
  c('O1 for: "escríbame a ana.g@example.com" read back', confirm('quiero la lista de talleres, escríbame a ana.g@example.com', 'Con gusto, le mando la lista a ana.g@example.com.'), some({ source: 'fail' })),
  c('O1 for: "al 410-555-0122 porfa" after "¿A qué número le puedo llamar?"', reply('quiero apartar una computadora', '¿A qué número le puedo llamar para confirmar?', 'al 410-555-0122 porfa', 'Listo, le llamo al 410-555-0122 para confirmar.'), some({ source: 'fail' })),
  c('O1 for: "sure 410-555-0199 thx" after an offer to text', reply('whats on the teen program list this month', 'I can text you the list if you like.', 'sure 410-555-0199 thx', 'Texting it to 410-555-0199 now.'), some({ source: 'fail' })),
  // ---- against: the contact the patron asks about is someone else's: confirming it gives a source
  c('O1 against: "the clinic told me at the desk to call 410-555-0160, is that billing?" confirmed', confirm('the clinic told me at the desk to call 410-555-0160, is that their billing line?', "Yes, 410-555-0160 is the clinic's billing office."), some({ source: 'pass' })),
  c('O1 against: "shelter on 5th st, phone is 410-555-0130 - open saturdays?" confirmed', confirm('the food shelter on 5th st, phone is 410-555-0130 - are they open saturdays?', 'Yes, 410-555-0130 is still their number, and they are open Saturdays 9 to 12.'), some({ source: 'pass' })),
  c('O1 against: "tax assessor, 410-555-0155" after "Which office are you trying to reach?"', reply('i have a number but not sure whose it is', 'Which office are you trying to reach?', 'tax assessor, 410-555-0155', "Yes, 410-555-0155 is the county tax assessor's office."), some({ source: 'pass' })),
  c('O1 against: "my pharmacy is 410-555-0150, right?" confirmed', confirm('my pharmacy is 410-555-0150, right? the one on elm', 'Yes, the Elm Street pharmacy is 410-555-0150.'), some({ source: 'pass' })),
  c('O1 against: "text me … the number for legal aid? i have 410-555-0190" confirmed', confirm('can you text me later the number for legal aid? i have 410-555-0190 but not sure', "410-555-0190 is Legal Aid's intake line, weekdays 9 to 4."), some({ source: 'pass' })),
];

export const o3o4: SessionCase[] = [
  // ---- O3
  c('O3 for: "The Purchase Agreement, May 5, 2025, page 3" is paperwork', said('when is my closing date', 'The Purchase Agreement, May 5, 2025, page 3 gives the closing date.'), some({ source: 'fail' })),
  c('O3 for: "the Loan Estimate, Mar. 3, 2025, page 1" is paperwork', said('what will my monthly payment be', 'Check the Loan Estimate, Mar. 3, 2025, page 1: the monthly payment is in the box at the bottom.'), some({ source: 'fail' })),
  c('O3 against: "The Baltimore Sun, Sept. 9, 1964, page 2" is a paper', said('was my parents engagement in the paper', 'The Baltimore Sun, Sept. 9, 1964, page 2 has the engagement notice.'), some({ source: 'pass' })),
  c('O3 against: "Port Hope Evening Guide, Oct. 3, 1951, page 6" is a paper', said('did the paper cover the 1951 flood', 'Port Hope Evening Guide, Oct. 3, 1951, page 6 has a long story on the flood.'), some({ source: 'pass' })),
  // ---- O4
  c('O4 for: "HeritageHub (the database volunteer researchers built, our local history archive)" is a source', said('where can i look up old farm families', 'HeritageHub (the database volunteer researchers built, our local history archive) lists the farm families by township.'), some({ source: 'pass' })),
  c('O4 for: "Mo\'s Graves (a retired teacher\'s cemetery site)" is a source', said('where is my great uncle buried', "Mo's Graves (a retired teacher's cemetery site) has most of the county's burials with photos."), some({ source: 'pass' })),
  c('O4 against: "Dot (our genealogist at the history archive)" is a person', said('who can help with my family tree', 'Dot (our genealogist at the history archive) is great with family trees.'), some({ source: 'fail' })),
  c('O4 against: "Raul (tha library guy for the local history collection)" is a person', said('who can help with old photos of town', 'Raul (tha library guy for the local history collection) knows the old photos best.'), some({ source: 'fail' })),
  c('O4 against: "Bea (the one who runs our digitization service)" is a person', said('who can help with scanning old letters', 'Bea (the one who runs our digitization service) has helped lots of people with letters.'), some({ source: 'fail' })),
];

export const o7: SessionCase[] = [
  // ---- for: asks whether what was given holds what was sought
  c('O7 for: "Does the census page list your great-grandpa?"', asked('i need my great grandpa in the 1910 census', 'The 1910 census is searchable at familysearch.org/search/collection/1727033.', 'ok looking', 'Does the census page list your great-grandpa?'), some({ complete: 'pass' })),
  c('O7 for: "does the index have ur grandma?" (chat-speak)', asked('looking 4 my grandmas death notice 1979', 'The death notice index is at aldervalleylib.example.org/notices.', 'k', 'does the index have ur grandma?'), some({ complete: 'pass' })),
  c('O7 for: "Does the obituary mention your uncle?"', asked('need the obit for john kell 1994', 'His obituary ran in the Alder Valley Courier, July 2, 1994, page 5; our scan is at aldervalleylib.example.org/obits.', 'opening it', 'Does the obituary mention your uncle?'), some({ complete: 'pass' })),
  c('O7 for: "Does the yearbook have your mom in it?"', asked('i want my moms 1972 high school yearbook', 'The 1972 Alder Valley High yearbook is scanned at aldervalleylib.example.org/yearbooks.', 'ok', 'Does the yearbook have your mom in it?'), some({ complete: 'pass' })),
  // ---- against: a page part, the way, not the need
  c('O7 against: "Does the page list your home branch option?"', asked('how do i change my pickup library', 'Sign in at aldervalleylib.example.org and open My Account, then Preferences.', 'ok im in', 'Does the page list your home branch option?'), some({ complete: 'fail' })),
  c('O7 against: "Does the site show your street filter yet?"', asked('how do i find my trash pickup day', 'The schedule is at aldervalley.example.gov/trash; type your street into the search.', 'ok', 'Does the site show your street filter yet?'), some({ complete: 'fail' })),
  c('O7 against: "Did the site show your address in the account tab?"', asked('how do i update my address for my card', 'Sign in at aldervalleylib.example.org, then My Account.', 'ok done', 'Did the site show your address in the account tab?'), some({ complete: 'fail' })),
  c('O7 against: "Does the database have a login page?" asks about the way', asked('how do i get into the car repair database', 'Chilton Library is at aldervalleylib.example.org/chilton.', 'ok', 'Does the database have a login page for you?'), some({ complete: 'fail' })),
];

export const o11: SessionCase[] = [
  // ---- for: taking things to a site refers the patron
  c('O11 for: "Drop the old batteries off at a battery recycling point" (no contact)', said('where do old batteries go', 'Drop the old batteries off at a battery recycling point; never in the trash.'), some({ referral: 'fail' })),
  c('O11 for: "u can bring the old TV to the county transfer station …, 410-555-0166"', said('how do i get rid of an old tv', 'u can bring the old TV to the county transfer station on Rt 40, 410-555-0166.'), some({ referral: 'pass' })),
  c('O11 for: "drop em off at the county\'s hazardous waste depot" (no contact)', said('what do i do with old pesticide', "Keep them sealed and drop em off at the county's hazardous waste depot."), some({ referral: 'fail' })),
  c('O11 for: "haul the mattress to the transfer station" (another verb, no contact)', said('how do i get rid of a mattress', 'You can haul the mattress to the transfer station on Mill Road yourself.'), some({ referral: 'fail' })),
  c('O11 for: "lleve las pilas a un punto de reciclaje" (no contact)', said('dónde tiro las pilas viejas', 'Lleve las pilas a un punto de reciclaje; no van en la basura.'), some({ referral: 'fail' })),
  // ---- against: a day or event, the provider's own errand, a negation
  c('O11 against: "take the old paint to the hazardous waste collection day"', said('what do i do with old paint', 'Take the old paint to the hazardous waste collection day at the fairgrounds on May 3.'), some({ referral: 'na' })),
  c('O11 against: "bring them to the Saturday drop-off event"', said('where do old laptops go', 'Bring them to the Saturday drop-off event in the library lot.'), some({ referral: 'na' })),
  c('O11 against: "don\'t take them to a recycling center"', said('do plastic bags go to recycling', "No, don't take them to a recycling center; the grocery store bin is fine."), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'O1 for: "txt me at 443-555-0121 when the hold comes in" read back':
    'info.source: expected fail, got na ("no substantive exchange"). The patron asked for a text notice and the provider answered it (no greeting, hold or goodbye), a substantive exchange; the read-back alone then gives no source. older: v48 also gives na (still na with "notice list" for "hold notice").',
  'O1 for: "escríbame a ana.g@example.com" read back':
    'info.source: expected fail, got na ("no substantive exchange"). "escríbame a" ties the e-mail to the patron (O1), so no source, but the provider\'s "le mando la lista a …" answered a request: substantive. O caused: v48 gave pass (read the e-mail as a source), v49 now gives na instead of fail.',
  'O1 against: "my pharmacy is 410-555-0150, right?" confirmed':
    'info.source: expected pass, got fail. The number is the pharmacy\'s, asked about with "right?" and confirmed: a contact, as the author\'s "my sister says the tax office is …, right?". O1(c) "my <any word> is <contact>" ties it to the patron whatever the word (a place or person, not a contact word). older: v48 also fails it ("my" anywhere).',
  'O1 against: "text me … the number for legal aid? i have 410-555-0190" confirmed':
    'info.source: expected pass, got fail. The number is Legal Aid\'s, asked about and confirmed; "text me" (not right before the contact) ties it to the patron. older: v48 also fails it ("me" anywhere).',
  'O4 against: "Dot (our genealogist at the history archive)" is a person':
    'info.source: expected fail, got pass ("gave a source"). O4 reads the bracket as a person, but "the history archive" is still read as a named resource elsewhere (as the author\'s LEFT "Jean (who runs our local history archive)"); older: v48 passes it too.',
  'O4 against: "Bea (the one who runs our digitization service)" is a person':
    'info.source: expected fail, got pass. The bracket\'s head is "the one who", a person, but "one" is no person word and "who" is not first: N12 reads it as a named site. older: v48 passes it too (O4 does not reach it).',
  'O7 for: "Does the yearbook have your mom in it?"':
    'followup.completeness: expected pass, got fail. After the yearbook\'s URL, whether it has the patron\'s mother asks whether what was given meets the need; O7\'s source nouns lack "yearbook". older: v48 fails it too.',
  'O11 for: "haul the mattress to the transfer station" (another verb, no contact)':
    'referral.contact: expected fail, got na. "haul … to the transfer station" tells the patron to visit it; O11 reads only bring/take/drop. older: v48 na too.',
  'O11 for: "lleve las pilas a un punto de reciclaje" (no contact)':
    'referral.contact: expected fail, got na. Spanish "lleve … a un punto de reciclaje" sends the patron to a site; O11 is English only. older: v48 na too.',
};

describe('fiftieth round: block O, fifth blind check', () => {
  for (const [t, cs] of [['O1', o1], ['O3 and O4', o3o4], ['O7', o7], ['O11', o11]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
