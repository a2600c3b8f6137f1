/**
 * Forty-first round, block H1 checked (then narrowed and widened in the same block, before v42 landed): v42's two referral.contact settings, `otherPartyMarksH1`
 * (referral.ts `OTHER_PARTY_MARKS_H1`, read through `failedClause` -> `otherPartyContactU6`) and `trailingPartyH1` (referral.ts
 * `trailingPartyH1`), checked both ways with cases no one had written: FALSE PASSES (a party that still gets a contact lent by
 * another party, a resource or the library) and FALSE FAILS (a sentence H1 now fails though every party has a way to be
 * reached), in American, British, non-native, chat-speak and Spanish registers.
 *
 * SHAPES TRIED:
 *  otherPartyMarksH1: the second party without an article ("or Maryland State Archives (…)", "or to the …", "or ur pharmacy"),
 *   with a comma, "via", "by calling", an acronym first in the brackets, an em or en dash before its contact; joined by "as well
 *   as", "&", "and/or"; named in six words; Spanish "o con …", "y a la …". Against: a noun phrase after "and" that is no party
 *   ("the number to use:", "the best time (9-10 am, …)", "a fee (about 15 dollars)", "the plat maps (URL)", "a book (1905
 *   edition)", "the form (URL)", "the completed form to the county clerk's office (URL)", "the office hours: 8:30-4:30, at
 *   <address>") or the same organisation's own unit, staff or site ("the land records unit", "a reference archivist", "the
 *   clerk's website", British "the housing team", non-native "the land record section"); the first party's contact later in
 *   the message, in the next message ("The clerk is at …", "Their number is …") or earlier in the chat (a phone, a URL);
 *  trailingPartyH1: the last party after "as well as", "or else", in a list of three, in a sentence of its own, with no article
 *   (a title and name, chat-speak "ur"), in Spanish; a later sentence giving the library's own number or a resource's URL.
 *   Against: a last noun phrase that is a source or a document holding a party word ("the clerk's online portal", "the court's
 *   self-help page", "a copy of the court order"), the same organisation's own room or desk, the last party's contact given
 *   earlier in the chat or in the next message;
 *  H1 as meant, in new words: "your dentist and the insurer at 1-800-…", "the registrar or the bursar (e-mail)", "(URL) and the
 *   county clerk.", British "Ring Citizens Advice on 0800 … or your local council.", chat-speak "… and the county clerks ofc:
 *   410-…", "the tax assessor and the county treasurer - URL".
 *
 * Statuses read from RUBRIC.md's Terms ("Referral": a person or organisation the patron is told to contact or visit; "Pointing
 * to a website, database or publication for the patron to use is a source, not a referral") and the checks (referral.contact:
 * "pass: every party the patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL)";
 * info.source: a URL or a named resource is a source).
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a unit, room, desk, team or staff member of the organisation named first ("the county clerk's office and the land records
 *   unit at …", "the council and the housing team on …", "the Archives' reading room") is the same party: the contact given
 *   reaches it;
 * - a noun phrase naming a thing (a number, a time, a fee, a form, a book, a page, a portal, a court order) is no party, even
 *   when it holds a party word ("court", "clerk");
 * - the organisation's own website's URL (named as its website) is a way to reach it (RUBRIC: "or URL");
 * - a contact given for the party in an earlier or the next provider message, naming the party, counts (v22 V9's and v1's
 *   readings, extended to a URL given earlier and to a next message that names the party instead of saying "their");
 * - the library's own number ("call us at …") and a resource's URL are no way to reach another party;
 * - "bring <things> to the county clerk at <address>" tells the patron to go there: a referral (visit them);
 * - a directive with a chat-speak tag ("… k?") is still a directive, not a question.
 *
 * COUNTS. Written: 65 cases, all labelled before running: 62 in a first batch (25 false-pass candidates, 30 false-fail
 * candidates and 1 no-referral case, 6 guards of H1 as meant) and 3 probes written after it (labelled before they were run).
 * First run (H1 as first cut): 65 (28 as labelled, 37 disagreeing). Labels corrected: 0. After the fixes below: 54 as labelled,
 * 11 LEFT.
 * The first run by direction:
 *  - FALSE PASSES, 21 of the 25 first-batch candidates disagreeing (20 scored pass, 1 na, where RUBRIC fails; the probe as labelled): none is H1's
 *    doing (v41 scores them alike); they are shapes H1 does not reach. otherPartyMarksH1 (11): no article after "or", a comma,
 *    "via", "by calling", "(MSA, …)", "as well as", "&", "and/or", six words, "or to the", and the chat-speak "k?" case (na, an
 *    older question reading; the same line without "k?" fails as labelled). trailingPartyH1 (7): "as well as", a list of three,
 *    "or else", no article, a sentence of its own, and 2 where ANY later contact (the library's "call us at …", a resource's URL)
 *    rescues the party listed last. Spanish (3): H1 is English only.
 *  - FALSE FAILS, 16 of the 31 first-batch candidates disagreeing (both probes as labelled): 15 are H1's (v41 passed all 15):
 *    otherPartyMarksH1 (8): the same party's unit / staff / site / team (5), "the number to use:" (1), a next message "The clerk
 *    is at …" (contactNext wants "their / they / number …"; "Their number is …" passes), a URL given earlier (contactElsewhereV9
 *    reads only an earlier phone, e-mail or postal address);
 *    trailingPartyH1 (7): a source or document with a party word (portal, self-help page, court order: 3), the same party's room
 *    or desk (2), the last party's phone given earlier (no contactElsewhereV9 for it), a next message "The clerk: 410-…";
 *    older (1): "Bring … to the county clerk at <address>" read as no referral (na).
 *  - AS LABELLED (28): the 6 guards of H1 as meant; 5 false-pass candidates (em dash and en dash, British colon, chat-speak
 *    trailing "or ur county clerk", the chat-speak probe); 17 false-fail candidates (fee, time, form, book, resource URL with the
 *    party's own contact later in the sentence or message; earlier phone; Spanish "o" / "y" with every party reached; "as well
 *    as" and a list of three with every party reached; chat-speak "n"; a source-only sentence, na).
 *    Note: "Contact the county clerk or the State Archives—msa.maryland.gov—…" fails as labelled but for another reason: the
 *    em-dashed URL is read as no contact at all.
 *
 * FIXES AFTER THE CHECK (H1 had not landed, so they are H1's own, no new block): `OTHER_PARTY_MARKS_H1` and
 * `TRAILING_PARTY_H1` share `LINK_H1` ("or (else)", "and", "and/or", "&", "as well as", a non-native "or to", the article
 * "ur"), the marks add "via", "by calling", "(ACRONYM, …" and a comma, and names run to six words; the second or last party
 * must hold a `referralParty` word and not end in `NOT_ANOTHER_PARTY_H1` (a unit, room, desk, team, staff member, or a
 * thing: website, page, portal, form, number, fee, time, order, copy …); a provider sentence anywhere in the chat that
 * gives a way to reach someone and names a word of the party's (`reachedElsewhereH1`, place words such as "county" and
 * "office" left out) reaches it, and nothing else in a later sentence does (the library's "call us", a resource's URL).
 * After them: 54 of the 65 as labelled, 11 LEFT below (the first batch's 37 LEFT less 28 now read as labelled, plus 2
 * guards of H1 as meant that the narrowing lost: "the insurer" and "the chemist" are no `referralParty` words).
 *
 * FINAL RUN (`--project scoring`, this file only): 65 tests passed (11 through describeLeft).
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { L, OPEN, BYE, one, es } from './narrowing-lines';

/** `OPEN(q)`, an earlier provider message `first`, the patron's "ok", the provider's `text` and `BYE`. */
const earlier = (q: string, first: string, text: string): Line[] => [...OPEN(q), L(first, 70), [80, 'p', 'ok'], L(text, 90), ...BYE];
/** `OPEN(q)`, the provider's `text`, the provider's `next` right after it and `BYE`. */
const thenNext = (q: string, text: string, next: string): Line[] => [...OPEN(q), L(text, 70), L(next, 80), ...BYE];

// ---- false passes: a party the patron is referred to gets no way to reach it, but a contact nearby may be lent to it ----
// RUBRIC (referral.contact): "every party the patron is referred to comes with a way to reach them"; (Referral) a party is a
// person or organisation the patron is told to contact or visit.
export const lent: SessionCase[] = [
  // otherPartyMarksH1's shapes with the second party written otherwise
  { name: 'lent: "Contact the county clerk or Maryland State Archives (msa.maryland.gov)." (no article) : fails', lines: one('1850 deed for my farm', 'Contact the county clerk or Maryland State Archives (msa.maryland.gov) for the 1850 deed.'), exp: some({ referral: 'fail' }) },
  { name: 'lent: "Contact the county clerk or the State Archives, msa.maryland.gov." (a comma before the URL) : fails', lines: one('1850 deed for my farm', 'Contact the county clerk or the State Archives, msa.maryland.gov, for the 1850 deed.'), exp: some({ referral: 'fail' }) },
  { name: 'lent: "Call the Register of Wills or the State Archives by calling 410-260-6400." : fails', lines: one('my great-grandfathers will', 'Call the Register of Wills or the State Archives by calling 410-260-6400.'), exp: some({ referral: 'fail' }) },
  { name: 'lent: "Contact the county clerk or the State Archives (MSA, msa.maryland.gov)." (an acronym first in the brackets) : fails', lines: one('1850 deed for my farm', 'Contact the county clerk or the State Archives (MSA, msa.maryland.gov) for the 1850 deed.'), exp: some({ referral: 'fail' }) },
  { name: 'lent: "Call your doctor as well as the pharmacy at 410-555-0134." : fails', lines: one('is my prescription covered', 'Call your doctor as well as the pharmacy at 410-555-0134 about the coverage.'), exp: some({ referral: 'fail' }) },
  { name: 'lent: "Call your doctor & the pharmacy at 410-555-0134." : fails', lines: one('is my prescription covered', 'Call your doctor & the pharmacy at 410-555-0134 about the coverage.'), exp: some({ referral: 'fail' }) },
  { name: 'lent: "Call your doctor and/or the pharmacy at 410-555-0134." : fails', lines: one('is my prescription covered', 'Call your doctor and/or the pharmacy at 410-555-0134 about the coverage.'), exp: some({ referral: 'fail' }) },
  { name: 'lent: "… or the Maryland State Archives Special Collections Department (msa.maryland.gov)." (six words) : fails', lines: one('old plat maps', 'Contact the county clerk or the Maryland State Archives Special Collections Department (msa.maryland.gov) for plats.'), exp: some({ referral: 'fail' }) },
  { name: 'lent: "Email the county clerk or the State Archives via msa.maryland.gov/contact." : fails', lines: one('1850 deed for my farm', 'Email the county clerk or the State Archives via msa.maryland.gov/contact about the deed.'), exp: some({ referral: 'fail' }) },
  { name: 'lent: "Contact the county clerk or the State Archives—msa.maryland.gov." (an em dash, no spaces) : fails', lines: one('1850 deed for my farm', 'Contact the county clerk or the State Archives—msa.maryland.gov—for the 1850 deed.'), exp: some({ referral: 'fail' }) },
  { name: 'lent (chat-speak): "call ur doctor or ur pharmacy at 410-555-0134 k?" : fails', lines: one('is my prescription covered', 'call ur doctor or ur pharmacy at 410-555-0134 k?'), exp: some({ referral: 'fail' }) },
  { name: 'probe (chat-speak): "call ur doctor or ur pharmacy at 410-555-0134" (no tag) : fails', lines: one('is my prescription covered', 'call ur doctor or ur pharmacy at 410-555-0134'), exp: some({ referral: 'fail' }) },
  { name: 'lent (non-native): "Please contact to the county clerk or to the State Archives (msa.maryland.gov)." : fails', lines: one('1850 deed for my farm', 'Please contact to the county clerk or to the State Archives (msa.maryland.gov) for this deed.'), exp: some({ referral: 'fail' }) },
  { name: 'lent (British): "Ring your GP and the chemist – 0161 496 0000." (an en dash) : fails', lines: one('can i get my repeat prescription early', 'Ring your GP and the chemist – 0161 496 0000 – about an early repeat.'), exp: some({ referral: 'fail' }) },
  { name: 'lent (British): "Pop into the council offices or the Citizens Advice Bureau: citizensadvice.org.uk" : fails', lines: one('my landlord wont fix the damp', 'Pop into the council offices or the Citizens Advice Bureau: citizensadvice.org.uk'), exp: some({ referral: 'fail' }) },
  // trailingPartyH1's shapes written otherwise
  { name: 'lent (trailing): "Contact the State Archives (msa.maryland.gov) as well as the county clerk." : fails', lines: one('1850 deed for my farm', 'Contact the State Archives (msa.maryland.gov) as well as the county clerk.'), exp: some({ referral: 'fail' }) },
  { name: 'lent (trailing, three): "Contact the State Archives (msa.maryland.gov), the county clerk or the Register of Wills." : fails', lines: one('1850 deed for my farm', 'Contact the State Archives (msa.maryland.gov), the county clerk or the Register of Wills.'), exp: some({ referral: 'fail' }) },
  { name: 'lent (trailing): "… or the county clerk. You can also call us at 410-555-0199." (the library\'s number later) : fails', lines: one('1850 deed for my farm', 'Contact the State Archives (msa.maryland.gov) or the county clerk. You can also call us at 410-555-0199.'), exp: some({ referral: 'fail' }) },
  { name: 'lent (trailing): "… or the county clerk. The land records index is at mdlandrec.net." (a resource later) : fails', lines: one('1850 deed for my farm', 'Contact the State Archives (msa.maryland.gov) or the county clerk. The land records index is at mdlandrec.net.'), exp: some({ referral: 'fail' }) },
  { name: 'lent (trailing): "Contact the State Archives at msa.maryland.gov. Or the county clerk." (its own sentence) : fails', lines: one('1850 deed for my farm', 'Contact the State Archives at msa.maryland.gov. Or the county clerk.'), exp: some({ referral: 'fail' }) },
  { name: 'lent (trailing): "Contact the State Archives (msa.maryland.gov) or else the county clerk." : fails', lines: one('1850 deed for my farm', 'Contact the State Archives (msa.maryland.gov) or else the county clerk.'), exp: some({ referral: 'fail' }) },
  { name: 'lent (trailing): "… (msa.maryland.gov) or County Clerk Jane Ruiz." (a title and name, no article) : fails', lines: one('1850 deed for my farm', 'Contact the State Archives (msa.maryland.gov) or County Clerk Jane Ruiz.'), exp: some({ referral: 'fail' }) },
  { name: 'lent (trailing, chat-speak): "call the archives @ 410-260-6400 or ur county clerk" : fails', lines: one('1850 deed for my farm', 'call the archives @ 410-260-6400 or ur county clerk'), exp: some({ referral: 'fail' }) },
  // Spanish: "o" / "y"
  { name: 'lent (Spanish): "Comuníquese con el registro civil o con los Archivos del Estado (msa.maryland.gov)." : fails', lines: es('necesito el acta de nacimiento de mi abuelo', 'Comuníquese con el registro civil o con los Archivos del Estado (msa.maryland.gov).'), exp: some({ referral: 'fail' }) },
  { name: 'lent (Spanish): "Llame a su médico y a la farmacia al 410-555-0134." : fails', lines: es('mi receta esta cubierta?', 'Llame a su médico y a la farmacia al 410-555-0134.'), exp: some({ referral: 'fail' }) },
  { name: 'lent (Spanish, trailing): "Llame a la oficina del condado al 410-555-0100 o al registro civil." : fails', lines: es('necesito el acta de nacimiento de mi abuelo', 'Llame a la oficina del condado al 410-555-0100 o al registro civil.'), exp: some({ referral: 'fail' }) },
];

// ---- false fails: H1 reads a contact as a second party's when it is the first party's, or a non-party as a party ----
// RUBRIC (Referral): "Pointing to a website, database or publication for the patron to use is a source, not a referral";
// (referral.contact) a way to reach is "e-mail, phone, postal address or URL".
export const taken: SessionCase[] = [
  // otherPartyMarksH1: the noun phrase after "and / or" is no party, or the same party
  { name: 'taken: "Call the Register of Wills, and the number to use: 410-555-0100." (the Register\'s number) : passes', lines: one('my great-grandfathers will', 'Call the Register of Wills, and the number to use: 410-555-0100.'), exp: some({ referral: 'pass' }) },
  { name: 'taken: "Contact the county clerk\'s office and the land records unit at 410-555-0100." (the office\'s own unit) : passes', lines: one('1850 deed for my farm', "Contact the county clerk's office and the land records unit at 410-555-0100."), exp: some({ referral: 'pass' }) },
  { name: 'taken: "Call the State Archives and a reference archivist at 410-260-6400 will pull the deed." (its own staff) : passes', lines: one('1850 deed for my farm', 'Call the State Archives and a reference archivist at 410-260-6400 will pull the deed.'), exp: some({ referral: 'pass' }) },
  { name: 'taken: "Contact the county clerk and the clerk\'s website (samplecounty.gov/clerk) lists the fees." (its own site) : passes', lines: one('copy of a deed', "Contact the county clerk and the clerk's website (samplecounty.gov/clerk) lists the fees."), exp: some({ referral: 'pass' }) },
  { name: 'taken (British): "Ring the council and the housing team on 0300 123 4567." (the council\'s own team) : passes', lines: one('my landlord wont fix the damp', 'Ring the council and the housing team on 0300 123 4567 about the damp.'), exp: some({ referral: 'pass' }) },
  { name: 'taken (non-native): "You can call to the county clerk and the land record section at 410-555-0100." : passes', lines: one('1850 deed for my farm', 'You can call to the county clerk and the land record section at 410-555-0100.'), exp: some({ referral: 'pass' }) },
  { name: 'taken: "Go in person with your ID and the completed form to the county clerk\'s office (samplecounty.gov/clerk)." : passes', lines: one('how do i get a marriage license', "Go in person with your ID and the completed form to the county clerk's office (samplecounty.gov/clerk)."), exp: some({ referral: 'pass' }) },
  { name: 'taken: "Bring your ID, the deed and the fee (25 dollars) to the county clerk at 8360 Court Ave, Ellicott City." : passes', lines: one('copy of a deed', 'Bring your ID, the deed and the fee (25 dollars) to the county clerk at 8360 Court Ave, Ellicott City, MD 21043.'), exp: some({ referral: 'pass' }) },
  // a fee, a time, a form, a book after "and": the first party's own contact later in the sentence or the message
  { name: 'taken (a time): "Call the county clerk and the best time (9-10 am, 410-555-0100) …" : passes', lines: one('copy of a deed', 'Call the county clerk and the best time (9-10 am, 410-555-0100) is right after they open.'), exp: some({ referral: 'pass' }) },
  { name: 'taken (a fee): "Call the Register of Wills and a fee (about 15 dollars) applies. Their number is 410-555-0100." : passes', lines: one('my great-grandfathers will', 'Call the Register of Wills and a fee (about 15 dollars) applies for copies. Their number is 410-555-0100.'), exp: some({ referral: 'pass' }) },
  { name: 'taken (a resource URL): "Ask the county clerk about the deed and the plat maps (samplecounty.gov/maps). Their office number is 410-555-0100." : passes', lines: one('1850 deed for my farm', 'Ask the county clerk about the deed and the plat maps (samplecounty.gov/maps). Their office number is 410-555-0100.'), exp: some({ referral: 'pass' }) },
  { name: 'taken (a book): "Call the county historical society and a book (1905 edition) they sell, at 410-555-0177." : passes', lines: one('who built the old mill', 'Call the county historical society and ask about the history and a book (1905 edition) they sell, at 410-555-0177.'), exp: some({ referral: 'pass' }) },
  { name: 'taken (a form): "Email the county clerk and the form (samplecounty.gov/forms/deed) goes with it. Their e-mail is land@samplecounty.gov." : passes', lines: one('copy of a deed', 'Email the county clerk and the form (samplecounty.gov/forms/deed) goes with it. Their e-mail is land@samplecounty.gov.'), exp: some({ referral: 'pass' }) },
  // contacts given later in the message, in the next message or earlier in the chat
  { name: 'taken (later): "Contact the county clerk or the State Archives (msa.maryland.gov). The clerk\'s land records office is at 410-555-0100." : passes', lines: one('1850 deed for my farm', "Contact the county clerk or the State Archives (msa.maryland.gov). The clerk's land records office is at 410-555-0100."), exp: some({ referral: 'pass' }) },
  { name: 'taken (later, a URL): "Call the county clerk and the State Archives (msa.maryland.gov). The clerk\'s website is samplecounty.gov/clerk." : passes', lines: one('1850 deed for my farm', "Call the county clerk and the State Archives (msa.maryland.gov). The clerk's website is samplecounty.gov/clerk."), exp: some({ referral: 'pass' }) },
  { name: 'taken (next message): "Contact the county clerk and the State Archives: msa.maryland.gov" then "The clerk is at 410-555-0100." : passes', lines: thenNext('1850 deed for my farm', 'Contact the county clerk and the State Archives: msa.maryland.gov', 'The clerk is at 410-555-0100.'), exp: some({ referral: 'pass' }) },
  { name: 'taken (earlier, a URL): "The county clerk\'s website is samplecounty.gov/clerk." then "Contact the county clerk or the State Archives (msa.maryland.gov) …" : passes', lines: earlier('1850 deed for my farm', "The county clerk's website is samplecounty.gov/clerk.", 'Contact the county clerk or the State Archives (msa.maryland.gov) for the 1850 deed.'), exp: some({ referral: 'pass' }) },
  { name: 'taken (earlier, a phone): "The Register of Wills is at 410-555-0100." then "Call the Register of Wills and the Orphans\' Court: 410-555-0200." : passes', lines: earlier('my great-grandfathers will', 'The Register of Wills for Howard County is at 410-555-0100.', "Call the Register of Wills and the Orphans' Court: 410-555-0200."), exp: some({ referral: 'pass' }) },
  // trailingPartyH1: the noun phrase listed last is no party, or the same party, or has its contact earlier
  { name: 'taken (trailing): "Call the county clerk at 410-555-0100, or the clerk\'s online portal." (a source) : passes', lines: one('copy of a deed', "Call the county clerk at 410-555-0100, or the clerk's online portal."), exp: some({ referral: 'pass' }) },
  { name: 'taken (trailing): "Check with the county clerk at 410-555-0100, or the court\'s self-help page." (a source) : passes', lines: one('how do i file small claims', "Check with the county clerk at 410-555-0100, or the court's self-help page."), exp: some({ referral: 'pass' }) },
  { name: 'taken (trailing): "Send your request to the county clerk at land@samplecounty.gov, and a copy of the court order." (a document) : passes', lines: one('copy of a deed', 'Send your request to the county clerk at land@samplecounty.gov, and a copy of the court order.'), exp: some({ referral: 'pass' }) },
  { name: 'taken (trailing): "Contact the State Archives (msa.maryland.gov) or the Archives\' reading room." (its own room) : passes', lines: one('1850 deed for my farm', "Contact the State Archives (msa.maryland.gov) or the Archives' reading room."), exp: some({ referral: 'pass' }) },
  { name: 'taken (trailing): "Email the State Archives at reference@msa.maryland.gov or the Archives\' reference desk." (its own desk) : passes', lines: one('1850 deed for my farm', "Email the State Archives at reference@msa.maryland.gov or the Archives' reference desk."), exp: some({ referral: 'pass' }) },
  { name: 'taken (trailing, earlier): "The county clerk\'s land records office is at 410-555-0100." then "… (msa.maryland.gov) or the county clerk." : passes', lines: earlier('1850 deed for my farm', "The county clerk's land records office is at 410-555-0100.", 'For the older deeds, contact the State Archives (msa.maryland.gov) or the county clerk.'), exp: some({ referral: 'pass' }) },
  { name: 'taken (trailing, next message): "… (msa.maryland.gov) or the county clerk." then "The clerk: 410-555-0100." : passes', lines: thenNext('1850 deed for my farm', 'Contact the State Archives (msa.maryland.gov) or the county clerk.', 'The clerk: 410-555-0100.'), exp: some({ referral: 'pass' }) },
  // Spanish: "o" / "y" with every party reached
  { name: 'taken (Spanish): "Llame al registro civil (410-555-0100) o consulte su página, registro.example.gov." : passes', lines: es('necesito el acta de nacimiento de mi abuelo', 'Llame al registro civil (410-555-0100) o consulte su página, registro.example.gov.'), exp: some({ referral: 'pass' }) },
  { name: 'taken (Spanish): "Visite los Archivos del Estado (msa.maryland.gov) y su sala de lectura." (its own room) : passes', lines: es('necesito una escritura de 1850', 'Visite los Archivos del Estado (msa.maryland.gov) y su sala de lectura.'), exp: some({ referral: 'pass' }) },
  // "as well as", lists of three with every party reached
  { name: 'taken: "Ask the county clerk (410-555-0100) about the deed as well as the plat." : passes', lines: one('1850 deed for my farm', 'Ask the county clerk (410-555-0100) about the deed as well as the plat.'), exp: some({ referral: 'pass' }) },
  { name: 'taken (three): "Contact the county clerk (410-555-0100), the Register of Wills (410-555-0200) and the State Archives (msa.maryland.gov)." : passes', lines: one('1850 deed for my farm', 'Contact the county clerk (410-555-0100), the Register of Wills (410-555-0200) and the State Archives (msa.maryland.gov).'), exp: some({ referral: 'pass' }) },
  { name: 'taken (chat-speak): "call the archives n the reading room at 410-260-6400" : passes', lines: one('1850 deed for my farm', 'call the archives n the reading room at 410-260-6400'), exp: some({ referral: 'pass' }) },
  // probes written after the first run (labelled before running them)
  { name: 'probe (next message): "Contact the county clerk and the State Archives: msa.maryland.gov" then "Their number is 410-555-0100." : passes', lines: thenNext('1850 deed for my farm', 'Contact the county clerk and the State Archives: msa.maryland.gov', 'Their number is 410-555-0100.'), exp: some({ referral: 'pass' }) },
  { name: 'probe (a time): "Visit the Register of Wills and the office hours: 8:30-4:30, at 3430 Courthouse Dr, Ellicott City, MD 21043." : passes', lines: one('my great-grandfathers will', 'Visit the Register of Wills and the office hours: 8:30-4:30, at 3430 Courthouse Dr, Ellicott City, MD 21043.'), exp: some({ referral: 'pass' }) },
  // sources only: no referral
  { name: 'no referral: "Look in the county clerk\'s land index and the State Archives\' plats (plats.net)." : na', lines: one('1850 deed for my farm', "Look in the county clerk's land index and the State Archives' plats (plats.net)."), exp: some({ referral: 'na' }) },
];

// ---- H1 as meant: guards in new words (each party named first or last has no way to reach it) ----
export const meant: SessionCase[] = [
  { name: 'meant: "Call your dentist and the insurer at 1-800-555-0199." : fails', lines: one('is my crown covered', 'Call your dentist and the insurer at 1-800-555-0199 about the crown.'), exp: some({ referral: 'fail' }) },
  { name: 'meant: "Email the registrar or the bursar (bursar@example.edu)." : fails', lines: one('my transcript is on hold', 'Email the registrar or the bursar (bursar@example.edu) about the hold.'), exp: some({ referral: 'fail' }) },
  { name: 'meant (trailing): "Contact the State Archives (msa.maryland.gov) and the county clerk." : fails', lines: one('1850 deed for my farm', 'Contact the State Archives (msa.maryland.gov) and the county clerk.'), exp: some({ referral: 'fail' }) },
  { name: 'meant (British, trailing): "Ring Citizens Advice on 0800 144 8848 or your local council." : fails', lines: one('my landlord wont fix the damp', 'Ring Citizens Advice on 0800 144 8848 or your local council.'), exp: some({ referral: 'fail' }) },
  { name: 'meant (chat-speak): "ok so call the archives and the county clerks ofc: 410-555-0100" : fails', lines: one('1850 deed for my farm', 'ok so call the archives and the county clerks ofc: 410-555-0100'), exp: some({ referral: 'fail' }) },
  { name: 'meant: "Visit the tax assessor and the county treasurer - treasurer.samplecounty.gov" : fails', lines: one('my property tax bill is wrong', 'Visit the tax assessor and the county treasurer - treasurer.samplecounty.gov'), exp: some({ referral: 'fail' }) },
];

/** Cases that disagree with the scorer, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  "lent: \"Contact the county clerk or Maryland State Archives (msa.maryland.gov).\" (no article) : fails":
    "not read: OTHER_PARTY_MARKS_H1 (and v22's OTHER_PARTY_OR_V1) need an article or \"your\" right after \"or / and\"; a proper name without one lends the Archives' URL to the clerk",
  "lent (chat-speak): \"call ur doctor or ur pharmacy at 410-555-0134 k?\" : fails":
    "older reading: the chat-speak tag \"k?\" makes the sentence a question, read as no referral (na); without the tag it fails as labelled (probe in `lent`)",
  "lent (trailing, three): \"Contact the State Archives (msa.maryland.gov), the county clerk or the Register of Wills.\" : fails":
    "not read: in a list of three the party before \"or the Register of Wills\" is \"the county clerk\", no contact, so LAST_CONTACT_H1 finds none; two parties go unreached",
  "lent (trailing): \"Contact the State Archives at msa.maryland.gov. Or the county clerk.\" (its own sentence) : fails":
    "not read: the party listed last in a sentence of its own (\"Or the county clerk.\") has nothing before it for LAST_CONTACT_H1",
  "lent (trailing): \"… (msa.maryland.gov) or County Clerk Jane Ruiz.\" (a title and name, no article) : fails":
    "not read: a title and name with no article (\"or County Clerk Jane Ruiz\")",
  "lent (Spanish): \"Comuníquese con el registro civil o con los Archivos del Estado (msa.maryland.gov).\" : fails":
    "not read: H1 is English only (\"or / and\", \"the / your / a / an\"); Spanish \"o con los …\" lends the URL to the registro civil, and no older Spanish rule reads it",
  "lent (Spanish): \"Llame a su médico y a la farmacia al 410-555-0134.\" : fails":
    "not read: H1 is English only; Spanish \"y a la farmacia al 410-…\" lends the pharmacy's number to the médico",
  "lent (Spanish, trailing): \"Llame a la oficina del condado al 410-555-0100 o al registro civil.\" : fails":
    "not read: H1 is English only; Spanish \"… al 410-… o al registro civil.\" leaves the registro unreached",
  "taken: \"Bring your ID, the deed and the fee (25 dollars) to the county clerk at 8360 Court Ave, Ellicott City.\" : passes":
    "older reading: \"bring … to the county clerk at <address>\" is read as no referral (no referring verb) though it tells the patron to go there; na, not pass",
  "lent (British): \"Ring your GP and the chemist – 0161 496 0000.\" (an en dash) : fails":
    "not read: \"chemist\" (British for a pharmacy) is no referralParty word (a family older than H1), so H1 does not take \"the chemist\" for a party of its own",
  "meant: \"Call your dentist and the insurer at 1-800-555-0199.\" : fails":
    "not read: \"insurer\" is no referralParty word (a family older than H1; \"your insurance company\" is), so H1 does not take \"the insurer\" for a party of its own",
};
const all = [...lent, ...taken, ...meant];
const running = (cases: SessionCase[]) => cases.filter((c) => !(c.name in LEFT_WHY));

describe('forty-first round (H1): v42 H1 checked', () => {
  describeSessions('lent contacts (false passes)', running(lent));
  describeSessions('contacts taken (false fails)', running(taken));
  describeSessions('H1 as meant', running(meant));
  describeLeft('H1', all.filter((c) => c.name in LEFT_WHY));
});
