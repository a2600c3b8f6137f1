/**
 * Sixty-first round, fourth blind check of block U (rubric v55): U19, U20, U21, U4 (narrowed), U9 (narrowed) and U18 (widened) tried
 * both ways in cases written by a helper who did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the
 * meant behaviour in new words; "against": near misses the block must not read, and older readings it must not break). Check:
 * referral.contact (RUBRIC Terms, Referral).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - U19: "them" after the provider's completeness question and the patron's bare thanks is the party the provider named with its
 *   contact just before (reached); when the patron or a provider message between names another party ("my landlord"), or the
 *   referring message names a party of its own, "them" is that party, which has no contact (fail); with no contact anywhere, fail.
 * - U20 / U4: a paper filed with an agency, company or office (capitalised or not) is a referral to it; filing a paper with a tag,
 *   a date, the tax return or in a storage service ("Google Drive") names no party (na); the provider's own filing is none (na).
 * - U21: "try" a desk, office or line is a referral to it (a contact after "at / on" reaches it; none: fail); "try" a catalogue is a
 *   source (na); the provider trying a branch for the patron is consulting on the patron's behalf (na).
 * - U9: an N-1-1 number of a line is a phone for the party whose line it is; a bus or train numbered 211/311 is no phone.
 * - U18: the imperative after "… so" (no comma) tells the patron to contact the party; the provider's own act after "so" is none.
 *
 * COUNTS. Written: 39 cases (21 for, 18 against as labelled), each labelled before it ran (labels copied aside before the first run).
 * First run as labelled: 36. Disagreeing: 3. Label corrections: 0. Renamed after the run, label unchanged: 1 (the wildlife-licence
 * case was written as "U19 against (older, v10)", but v54 fails it: v10 stops at the patron's "ok thanks", so only U19 reads it; now
 * a U19 "for", making 22 for, 17 against). Final: 36 running, 3 LEFT (v54 scored on each to tell "older" from "U caused"):
 * - referral.contact, expected pass / got na: "… su teléfono es 555-862-0101." … "sí gracias" … "Llámelos esta semana, por favor." (older).
 * - referral.contact, expected fail / got na: "File the lost-bag report with Delta within 24 hours." (older).
 * - referral.contact, expected fail / got na: "Hop on the number 311 bus to the Housing Authority." (older).
 * No case read as labelled by v54 is misread by v55 (block U broke none of the older readings tried here); v55 reads as labelled, where
 * v54 did not, 4 U19 cases and the renamed one, the Ryanair claim (U20), "try our help desk on …" (U21), the lien release with no
 * contact (U4), United Way's "helpline: 211" and the Spanish "línea … el 311" (U9) and the three "… so" cases (U18).
 * AFTER THE AUTHOR'S MENDS (v55 as landed): as above, 36 running, 3 LEFT (all older).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type Line, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Pat here, a librarian with the Ask Us service at Ardmore Public Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you go to?', branchReply: 'the north one' });
const HI_ES = 'Hola, soy Pat, bibliotecaria de la Biblioteca Pública de Ardmore.';
const es = nearMissLines(HI_ES, { branch: '¿A qué sucursal va usted?', branchReply: 'la del norte' });

/**
 * A pronoun reaching back (U19): the patron's `q`, the greeting, the provider's `gave` (the party and, or not, its contact), the
 * provider's `mid`, the patron's `reply`, the provider's `then` (the pronoun), the patron's thanks and a goodbye.
 */
const back = (q: string, gave: string, mid: string, reply: string, then: string, hi = HI): Line[] => [
  [0, 'p', q],
  [20, 'l', hi],
  [40, 'l', gave],
  [60, 'l', mid],
  [90, 'p', reply],
  [100, 'l', then],
  [130, 'p', 'ok'],
  [140, 'l', 'Thanks for chatting, bye!'],
];

const PASS = some({ referral: 'pass' });
const FAIL = some({ referral: 'fail' });
const NA = some({ referral: 'na' });

export const u19: SessionCase[] = [
  // ---- U19 for: "them" after a completeness question and the patron's thanks reaches the party and its contact
  c(
    'U19 for: "… Lead Poisoning Program … phone 555-310-7788." / "Does that answer your question?" / "yes thx" / "Definitely give them a call before you sand anything."',
    back('is there lead paint in my 1920s house', 'The State Lead Poisoning Prevention Program tests older homes for free: phone 555-310-7788.', 'Does that answer your question?', 'yes thx', 'Definitely give them a call before you sand anything.'),
    PASS,
  ),
  c(
    'U19 for: "… Tenant Rights Hotline … 555-204-9911" / "did that help?" / "ya it did" / "def call them b4 u hold back rent" (chat-speak)',
    back('my heat is broken for 2 weeks', 'The Tenant Rights Hotline handles repair disputes, their number is 555-204-9911.', 'did that help?', 'ya it did', 'def call them b4 u hold back rent'),
    PASS,
  ),
  c(
    'U19 for: "… Mapleton Historical Society … archives@mapletonhistory.example.org" / "Was that what you were after?" / "perfect thank you" / "Just email them with the years you need."',
    back('who owned the old mill on river road', 'The Mapleton Historical Society keeps the mill deeds; their e-mail is archives@mapletonhistory.example.org.', 'Was that what you were after?', 'perfect thank you', 'Just email them with the years you need.'),
    PASS,
  ),
  c(
    'U19 for: "… County Extension Office … 555-441-2090." / "Is this what you needed?" / "yes!" / "Ask them for the free soil test kit."',
    back('why are my tomato leaves yellow', 'The County Extension Office answers garden questions at 555-441-2090.', 'Is this what you needed?', 'yes!', 'Ask them for the free soil test kit.'),
    PASS,
  ),
  c(
    'U19 for (Spanish): "… Oficina de Salud Ambiental … llame al 555-862-0101." / "¿Es lo que necesitaba?" / "sí gracias" / "Llámelos esta semana."',
    back('mi agua de pozo huele raro', 'La Oficina de Salud Ambiental del condado analiza el agua de pozo; su teléfono es 555-862-0101.', '¿Es lo que necesitaba?', 'sí gracias', 'Llámelos esta semana, por favor.', HI_ES),
    PASS,
  ),
  // ---- U19 against: another party named between, a party named in the referring message, no contact at all; then a "for" that v54 missed (renamed after the run)
  c(
    'U19 against: the patron names the landlord between: "yes but my landlord says it is fine" / "Please call them this week."',
    back('is my well water safe', 'The County Environmental Health Division retests wells: call 555-862-4410.', 'Is that what you needed?', 'yes but my landlord says it is fine', 'Please call them this week.'),
    FAIL,
  ),
  c(
    'U19 against: a provider message between names the water utility: "The city water utility also keeps a lead pipe map." / "Call them this week."',
    back('is there lead in my pipes', 'The County Environmental Health Division tests tap water: call 555-862-4410.', 'The city water utility also keeps a lead pipe map.', 'ok thanks', 'Call them this week.'),
    FAIL,
  ),
  c(
    'U19 against: the referring message names its own party: "Your school nurse can also check, so talk to her this week."',
    back('my son might have lice', 'The County Health Department runs a free lice clinic: call 555-862-3300.', 'Did that help?', 'yes', 'Your school nurse can also check, so talk to her this week.'),
    FAIL,
  ),
  c(
    'U19 against: no contact given: "The Division can retest your well." / "Did that help?" / "yes" / "Please call them this week."',
    back('is my well water safe', 'The County Environmental Health Division can retest your well.', 'Did that help?', 'yes', 'Please call them this week.'),
    FAIL,
  ),
  c('U19 for: the patron\'s "ok thanks" alone between the contact and "Give them a call before the season opens." (v54 fails it)', [
    [0, 'p', 'where do i get a fishing license'],
    [20, 'l', HI],
    [40, 'l', 'The State Wildlife Licensing Office sells them, phone 555-730-1180.'],
    [70, 'p', 'ok thanks'],
    [80, 'l', 'Give them a call before the season opens.'],
    [100, 'p', 'will do'],
    [110, 'l', 'Thanks for chatting, bye!'],
  ], PASS),
];

export const u20: SessionCase[] = [
  // ---- U20 for: a paper filed with a party named in capitals
  c('U20 for: "File your refund claim with Ryanair on the form at ryanair.example.com/claims."', said('my flight got cancelled can i get money back', 'You can. File your refund claim with Ryanair on the form at ryanair.example.com/claims.'), PASS),
  c('U20 for: "u can file ur dispute with Experian online at experian.example.com/dispute" (chat-speak)', said('theres a wrong account on my credit report', 'ugh sorry! u can file ur dispute with Experian online at experian.example.com/dispute'), PASS),
  c('U20 for: "File a complaint with the FCC at 555-322-5100 about the robocalls."', said('i keep getting robocalls what can i do', 'Add your number to the do-not-call list first. Then file a complaint with the FCC at 555-322-5100 about the robocalls.'), PASS),
  c('U20 for (no contact): "File the lost-bag report with Delta within 24 hours."', said('the airline lost my suitcase', 'Sorry to hear it. File the lost-bag report with Delta within 24 hours.'), FAIL),
  // ---- U20 against: filing in a storage service or by a tag word; the provider's own filing; the older lower-case reading
  c('U20 against: "Scan the receipts and file them with Google Drive so they are backed up." (storage, no party)', said('how do i keep my receipts organized', 'Scan the receipts and file them with Google Drive so they are backed up.'), NA),
  c('U20 against: "File the photos with Lightroom keywords so you can search them later."', said('how do i organize my family photos', 'File the photos with Lightroom keywords so you can search them later.'), NA),
  c('U20 against: "I\'ll file the request with Interlibrary Services for you this afternoon." (own act)', said('can you get a book from another library', 'Yes. I\'ll file the request with Interlibrary Services for you this afternoon.'), NA),
  c('U20 against (older, v10): "file a complaint with the state attorney general\'s office at ag.example.gov/complaints"', said('a contractor took my deposit and left', 'You can file a complaint with the state attorney general\'s office at ag.example.gov/complaints.'), PASS),
];

export const u21: SessionCase[] = [
  // ---- U21 for: trying a desk, office or line by its contact
  c('U21 for: "If the chat is busy, try the Main Library reference desk at 555-430-2210."', said('can i ask more questions later', 'Of course. If the chat is busy, try the Main Library reference desk at 555-430-2210.'), PASS),
  c('U21 for: "or try our help desk on 555-667-1200 tmrw" (chat-speak)', said('the printer ate my job', 'hmm cant fix that from here, come back in later or try our help desk on 555-667-1200 tmrw'), PASS),
  c('U21 for: "You might try the county clerk\'s office at clerk@example.gov."', said('where do i get a copy of my marriage license', 'You might try the county clerk\'s office at clerk@example.gov.'), PASS),
  c('U21 for: "Try the Veterans Services office at vets.example.gov for the burial benefit."', said('my dad was a vet, is there help with the funeral', 'I am sorry for your loss. Try the Veterans Services office at vets.example.gov for the burial benefit.'), PASS),
  // ---- U21 against: a catalogue, a web page, the provider's own try; the older reading with no contact
  c('U21 against: "Try the catalog at ardmore.example.org/catalog for the DVD."', said('do you have the new pixar movie', 'Try the catalog at ardmore.example.org/catalog for the DVD.'), NA),
  c('U21 against: "Try the reference desk\'s web page at ardmore.example.org/ask for the hours."', said('when is the reference desk open', 'Try the reference desk\'s web page at ardmore.example.org/ask for the hours.'), NA),
  c('U21 against: "I\'ll try the Eastside branch at 555-201-0100 and see if they have it." (own act)', said('is the cookbook at eastside', 'The catalog is not sure. I\'ll try the Eastside branch at 555-201-0100 and see if they have it.'), NA),
  c('U21 against (older, v10): "You could try the courthouse records room in person." (no contact)', said('how do i find my grandpa\'s divorce file', 'You could try the courthouse records room in person.'), FAIL),
];

export const u4: SessionCase[] = [
  // ---- U4 for: "you file <paper> with <party>"
  c('U4 for: "In Texas you file the assumed name certificate with the county clerk, 555-301-4400."', said('how do i register a dba', 'In Texas you file the assumed name certificate with the county clerk, 555-301-4400.'), PASS),
  c('U4 for (no contact): "Then you file the lien release with the county recorder."', said('i paid off my car how do i clear the title', 'Your lender sends you the release. Then you file the lien release with the county recorder.'), FAIL),
  // ---- U4 against: a tag, a date, the tax return
  c('U4 against: "file the scans with a date in the name so they sort in order"', said('tips for scanning old letters', 'Scan at 600 dpi and file the scans with a date in the name so they sort in order.'), NA),
  c('U4 against: "file the 1098 form with your tax return papers"', said('where does the mortgage form go', 'Keep it; you file the 1098 form with your tax return papers at home.'), NA),
];

export const u9: SessionCase[] = [
  // ---- U9 for: an N-1-1 line after "line / number / hotline"
  c('U9 for: "For the pothole, ring the city\'s service number at 311."', said('theres a huge pothole on my street', 'For the pothole, ring the city\'s service number at 311.'), PASS),
  c('U9 for: "Call United Way\'s helpline: 211, for the rent help."', said('i cant pay rent this month', 'Call United Way\'s helpline: 211, for the rent help.'), PASS),
  c('U9 for (Spanish): "Puede llamar a la línea de información de la ciudad, el 311."', es.said('hay basura tirada en el parque', 'Puede llamar a la línea de información de la ciudad, el 311.'), PASS),
  // ---- U9 against: a bus or train numbered like a line
  c('U9 against: "Hop on the number 311 bus to the Housing Authority." (a bus, no phone)', said('how do i get to the housing office', 'Hop on the number 311 bus to the Housing Authority.'), FAIL),
];

export const u18: SessionCase[] = [
  // ---- U18 for: "… so" with no comma before the imperative
  c('U18 for: "the rates change every year so def call the tax assessor\'s office at 555-778-1200"', said('how much is property tax here', 'the rates change every year so def call the tax assessor\'s office at 555-778-1200'), PASS),
  c('U18 for: "deadlines vary by county so just email the county election board at elections@example.gov"', said('when do i have to register to vote', 'deadlines vary by county so just email the county election board at elections@example.gov'), PASS),
  c('U18 for (Spanish): "los horarios cambian cada semana así que llame a la oficina del parque al 555-402-1100"', es.said('a qué hora abre la piscina', 'los horarios cambian cada semana así que llame a la oficina del parque al 555-402-1100'), PASS),
  // ---- U18 against: the provider's own act after "so"; a source after "so"
  c('U18 against: "they close early on fridays so I will call the branch at 555-201-0100 for you"', said('is the north branch open late friday', 'they close early on fridays so I will call the branch at 555-201-0100 for you'), NA),
  c('U18 against: "hours change by season so the park posts them at parks.example.org/hours" (a source, no imperative)', said('when does the park close', 'hours change by season so the park posts them at parks.example.org/hours'), NA),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'U19 for (Spanish): "… Oficina de Salud Ambiental … llame al 555-862-0101." / "¿Es lo que necesitaba?" / "sí gracias" / "Llámelos esta semana."':
    'referral.contact expected pass, got na (older: v54 the same): "Llámelos esta semana" tells the patron to call the Oficina de Salud Ambiental, whose phone the message before gave (RUBRIC Terms, Referral); v10\'s pronoun referral ("give them a call", "call them") and U19 read English only, and the enclitic "llámelos" is read as no referral at all',
  'U20 for (no contact): "File the lost-bag report with Delta within 24 hours."':
    'referral.contact expected fail, got na (older: v54 the same): the patron is told to file a paper with Delta, a party outside the chat, with no way to reach it; U20 reads the capitalised name only after a verb already read, and "file the lost-bag report with Delta" (a "report", not v10\'s complaint / claim, and no article before the name for U4) is read by no verb',
  'U9 against: "Hop on the number 311 bus to the Housing Authority." (a bus, no phone)':
    'referral.contact expected fail, got na (older: v54 the same): the provider sends the patron to the Housing Authority (a visit, RUBRIC Terms, Referral) with no phone, e-mail, address or URL; U9 rightly does not take the bus\'s 311 for a phone, but "hop on … bus to <party>" is read as no referral',
};

describe('sixty-first round: block U checked blind a fourth time, both ways', () => {
  for (const [t, cs] of [['U19', u19], ['U20', u20], ['U21', u21], ['U4', u4], ['U9', u9], ['U18', u18]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
