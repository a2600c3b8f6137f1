/**
 * Forty-third round, block J's third wave checked (helper j-third): v44's J23 `QUICKEST_J23` (rubric.ts, in `referralActor`),
 * J24 `FORWARD_TO_J24` (in `referralVerb`) and J25 `LIBRARY_SEARCH_J25` (in `referralNotParty`), tried both ways with cases no
 * one had written, on referral.contact (and info.source where a referral's contact is the message's only source).
 *
 * SHAPES TRIED:
 *  J23: against, the lead-in with the provider or the library as the one who contacts ("On my end, the quickest fix is to email
 *   our e-resources team, so I will do that now", "My best move here is to call the Hoopla rep myself", "Our quickest fix is to
 *   contact the ILS vendor support team, and our systems librarian is on it", "… which I'm doing right now"), the contact ruled
 *   out ("The best way would be to call the county clerk, but their office closed in 2019"), what most people do ("For most
 *   people the quickest fix is to call their bank, but …"), staff who handle it, a website "visited" ("visit them online at
 *   irs.gov/forms", "the Library of Congress's online catalog", "the Census Bureau's website"), the chat itself ("ask a
 *   librarian here in the chat"). As meant: "The fastest route is to call …", British "The simplest solution is to ring the
 *   council's revenues team on …", non-native "Best way is to contact the embassy by email, …", chat-speak "easiest fix is prob
 *   to email …", "The surest way is probably to ask …", "The best solution here would be to …", "The quickest step for you
 *   would be to stop by …", "is just to call Circulation", "The best way forward is to …", "The best option is to …",
 *   Australian "Quickest fix is to give Centrelink a bell", "The safest move is to report it to …", "The best route is to
 *   contact them through the form at …", "ask at the front desk", Spanish "La forma más rápida es llamar a …".
 *  J24: against, forwarding to a machine or service address (a print-release e-mail, a Kindle conversion address, "the printer
 *   at the circulation desk", "the team inbox"), others forwarding ("our staff forward it to …", "Our ILL team will forward the
 *   request to …", "they forward it to …"), forbidden or unneeded ("Do not forward the email to the bank's address …", "no
 *   need to forward it to the fraud team"). As meant: the SSA inspector general with a URL, British "forward the e-mail to the
 *   NCSC at report@phishing.gov.uk", "forward it on to the council's benefits team", "the phishing email to phishing@irs.gov",
 *   "to your landlord", non-native "forward this mail to the university IT service desk, …", "the county assessor's office"
 *   (no contact), "Forward them to the HR department at …", "as is to PayPal's spoof team", chat-speak "fwd the text to …",
 *   "the scam email to the state attorney general's consumer protection office", "that to the Student Accounts office",
 *   "Forward the text to 7726 (SPAM)", Spanish "Reenvíe el correo al equipo de fraude del banco en …".
 *  J25: against, parties whose names open with J25's words: the British record office's "search room" (three: with no
 *   contact, Kew with its postal address, the Maryland State Archives'), "the Catalogue team", "the Library Search support
 *   team", "the OneSearch help desk", "the catalogue librarian, Ms. Reyes", "the catalogue department at the State Library of
 *   Victoria", "the My Account help line". As meant: Australian "Head to the library catalogue at …", "the library's homepage",
 *   "your library account", "the uni library search", "the college library home page", "the Library Search at …", "the
 *   library's OneSearch", "the discovery search", "the University Library homepage", "the login page", "the State Library's
 *   catalogue", chat-speak "go to the library homepage n click …", non-native "the home page of library", Spanish "Visite el
 *   buscador de la biblioteca en …".
 *
 * Statuses read from RUBRIC.md: Terms "Referral" (telling the patron to contact or visit a person or organisation outside the
 * chat, "call, write to, ask or visit them"; a website, database or publication for the patron to use is a source, "even when
 * an agency publishes it"; the provider's own library's departments count when the patron is told to contact or visit them;
 * staff the provider consults on the patron's behalf do not); referral.contact ("every party the patron is referred to comes
 * with a way to reach them (e-mail, phone, postal address or URL)"); info.source ("an e-mail or phone contact for a referral";
 * a postal address is not in its list, so the cases whose only contact is a street address do not label it).
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a sentence whose clause after the comma or before it says the provider or the library does the contacting ("so I will do
 *   that now", "myself", "our systems librarian is on it", "our processing staff handle that") tells the patron to contact no
 *   one, whatever lead-in opens the verb; so does one that rules the contact out ("but their office closed") or says what
 *   others do ("for most people …, but …");
 * - an address that takes a forwarded document (a print-release e-mail, a Kindle conversion address, a printer) is no person
 *   or organisation written to; 7726, the carriers' spam-report number, is the patron's carrier written to, with its number;
 * - a record office's or archives' "search room" is a room of that office the patron visits (a referral), not a search page;
 *   a library's team, help desk, help line or librarian named after its catalogue or search is a party;
 * - "your library account", "the uni library search", "the State Library's catalogue", "el buscador de la biblioteca" are
 *   resources the patron uses, no party visited (na), as "the library homepage" is.
 *
 * COUNTS. Written: 72 cases (J23 26, J24 23, J25 23), all labelled from RUBRIC.md before any ran; a copy of the first labels is
 * kept outside the repo (/tmp/h-j3/labels-first.ts). No sentence was tried in a script before it was labelled.
 * First run as labelled / disagreeing: 42 / 30. Label corrections: 0 (each of the 30 reread against RUBRIC.md; the labels
 * stand). FINAL: 42 running, 30 LEFT (LEFT_WHY): 10 caused by v44's third wave (v43 scored each as labelled: J23 4, J24 2,
 * J25 4) and 20 older readings (v43 scored them the same: 8 that v43's own lead-ins, verbs or resource words already read the
 * same way, 12 shapes of the behaviour the three changes do not reach).
 * The redaction equality of describeSessions holds for every running case.
 *
 * FINAL RUN (`--project scoring`, this file only): 72 tests passed (30 through describeLeft).
 *
 * V44 AFTER THIS CHECK: the 10 false readings of (a) read as labelled now and run with the others. J23 only after "the / your"
 * or opening its clause, not after "my / our", "On my end," or "For most people"; J24 not to a service's address (print,
 * convert, scan, a Kindle address); J25 without the bare "search" (not an archives' "Search Room", nor "the Library Search
 * support team") and without "catalogue" (normalised to "catalog", which v1 already reads). Final under v44: 52 running, 20
 * LEFT, all older readings or shapes not reached.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type SessionCase, some } from './helpers';
import { es, one } from './narrowing-lines';

type St = 'pass' | 'fail' | 'na';
/** A session whose provider message `text` answers `q`: referral.contact `st` and, where given, info.source `src`. */
const ref = (name: string, q: string, text: string, st: St, src?: 'pass' | 'fail'): SessionCase => ({
  name: `${name}: "${text}" : ${st}${src ? `, source ${src}` : ''}`,
  lines: one(q, text),
  exp: src ? some({ referral: st, source: src }) : some({ referral: st }),
});
const refEs = (name: string, q: string, text: string, st: St, src?: 'pass' | 'fail'): SessionCase => ({
  name: `${name}: "${text}" : ${st}${src ? `, source ${src}` : ''}`,
  lines: es(q, text),
  exp: src ? some({ referral: st, source: src }) : some({ referral: st }),
});

// ---- J23: "The quickest fix / best way … is to <contact verb> …" ----
export const quickest: SessionCase[] = [
  // false readings: the lead-in is there, but the patron is not the one told to contact anyone (na)
  ref('J23 the provider calls', 'my ebook wont download on libby', "The quickest fix is to call the vendor, which I'm doing right now, so hang tight.", 'na'),
  ref('J23 on my end', 'the database says my login is expired', 'On my end, the quickest fix is to email our e-resources team, so I will do that now and let you know what they say.', 'na'),
  ref('J23 my best move', 'hoopla keeps saying i hit my limit', 'My best move here is to call the Hoopla rep myself and sort it out for you.', 'na'),
  ref('J23 our quickest fix', 'my card got blocked for no reason', 'Our quickest fix is to contact the ILS vendor support team, and our systems librarian is on it this afternoon.', 'na'),
  ref('J23 the office closed', 'where do i get a copy of my deed from 1985', 'The best way would be to call the county clerk, but their office closed in 2019; the deeds are all at mdlandrec.net now.', 'na'),
  ref('J23 for most people', 'how do i reset my pin', 'For most people the quickest fix is to call their bank, but since this is a library card, just reset your PIN at samplelib.org/pin.', 'na'),
  ref('J23 staff handle it', 'a page is missing from the book i borrowed', 'When a book is damaged, the best step is to contact the publisher, and our processing staff handle that for you.', 'na'),
  ref('J23 a website visited', 'where can i get a 1040 form', 'The IRS posts every form, so the easiest route is to visit them online at irs.gov/forms.', 'na'),
  ref('J23 an online catalog', 'is there a record of old maps of my town', "The best way is to visit the Library of Congress's online catalog at loc.gov/maps.", 'na'),
  ref('J23 the Census Bureau site', 'population of my town in 1950', "The quickest way is to visit the Census Bureau's website at census.gov and search your town.", 'na'),
  ref('J23 ask here again', 'my hold never showed up', 'The best way is to ask a librarian here in the chat whenever it happens again, and we can check it live.', 'na'),
  // as meant, new words: the patron is told to contact a party (pass with a way to reach it, fail without)
  ref('J23 fastest route, American', 'how do i get a copy of my grandmothers deed', 'The fastest route is to call the Recorder of Deeds at 215-686-1483.', 'pass', 'pass'),
  ref('J23 British, simplest solution', 'my council tax bill looks wrong', "The simplest solution is to ring the council's revenues team on 020 7527 2000.", 'pass', 'pass'),
  ref('J23 non-native, no article', 'how i renew my student visa', 'Best way is to contact the embassy by email, visa@embassy-example.org.', 'pass', 'pass'),
  ref('J23 chat-speak, prob', 'cant log into canvas', 'easiest fix is prob to email the IT help desk at helpdesk@samplecc.edu', 'pass', 'pass'),
  ref('J23 surest way, probably', 'who has the marriage records from 1960', 'The surest way is probably to ask the county clerk.', 'fail'),
  ref('J23 best solution here', 'my transcript has the wrong grade', "The best solution here would be to contact the Registrar's Office.", 'fail'),
  ref('J23 quickest step for you', 'i need a passport in 2 weeks', 'The quickest step for you would be to stop by the Passport Office at City Hall, 100 N Holliday St.', 'pass'),
  ref('J23 is just to call', 'i have a fine i dont understand', 'The simplest fix is just to call Circulation at 410-555-0100 and they can waive it.', 'pass', 'pass'),
  ref('J23 best way forward', 'my landlord wont fix the heat', 'The best way forward is to contact the landlord-tenant office in your county.', 'fail'),
  ref('J23 best option', 'how do i find out who owned my house', 'The best option is to call the county assessor, they keep ownership history.', 'fail'),
  ref('J23 Australian, give a bell', 'how do i update my address for centrelink', 'Quickest fix is to give Centrelink a bell on 132 850.', 'pass', 'pass'),
  ref('J23 safest move, report', 'i think i got a fake bank text', "The safest move is to report it to the bank's fraud line at 1-800-432-1000.", 'pass', 'pass'),
  ref('J23 best route, a form', 'i never got my tax refund', 'The best route is to contact them through the form at irs.gov/contact.', 'pass'),
  ref('J23 ask at the front desk', 'can i reserve a study room', 'The easiest way is to ask at the front desk when you come in.', 'fail'),
  refEs('J23 Spanish, la forma más rápida', 'necesito una copia de mi acta de matrimonio', 'La forma más rápida es llamar a la oficina del registro civil del condado al 410-555-0100.', 'pass', 'pass'),
];

// ---- J24: "forward it / the e-mail to …" ----
export const forwardTo: SessionCase[] = [
  // false readings: forwarded to a machine or service address, by others, or forbidden (na)
  ref('J24 a print queue', 'how do i print from my phone', 'Forward the email to print@samplelib.org, then release the job at any library printer.', 'na'),
  ref('J24 a Kindle conversion address', 'can i read this pdf on my kindle', 'Forward the email as an attachment to convert@kindle.com and it will show up on your Kindle.', 'na'),
  ref('J24 the printer at the desk', 'i need to print my boarding pass', 'You can forward the message to the printer at the circulation desk, it prints in black and white.', 'na'),
  ref('J24 our staff forward it', 'i dropped off a lost wallet yesterday', 'Once it is logged, our staff forward it to the police lost property unit, so there is nothing else you need to do.', 'na'),
  ref('J24 the ILL team', 'can you get a book from another library', 'Our ILL team will forward the request to the lending library once you fill out the form at samplelib.org/ill.', 'na'),
  ref('J24 do not forward', 'i got an email saying my bank account is locked', "Do not forward the email to the bank's address in that message, it's fake; just delete it.", 'na'),
  ref('J24 no need to forward', 'is this email from the library real', 'Yes, that overdue notice is really from us, so there is no need to forward it to the fraud team.', 'na'),
  ref('J24 a shared inbox', 'my group project partner needs the article', 'Set up a rule to forward the email to the team inbox automatically.', 'na'),
  ref('J24 they forward it', 'where does my complaint go', "The attorney general's office reviews it first, and they forward it to the right agency.", 'na'),
  // as meant, new words: the patron is told to write to a party
  ref('J24 SSA inspector general', 'i got a letter saying my social security is suspended', "You should forward the letter to the Social Security Administration's Office of the Inspector General at oig.ssa.gov.", 'pass'),
  ref('J24 British, NCSC', 'got a dodgy email about my tv licence', 'You can forward the e-mail to the NCSC at report@phishing.gov.uk.', 'pass', 'pass'),
  ref('J24 British, forward it on to', 'got a letter about my housing benefit i dont get', "Just forward it on to the council's benefits team at benefits@council-example.gov.uk.", 'pass', 'pass'),
  ref('J24 the phishing email', 'i got an email pretending to be the irs', 'Please forward the phishing email to phishing@irs.gov and then delete it.', 'pass', 'pass'),
  ref('J24 to your landlord', 'my water got shut off and the city sent a notice', 'Forward the notice to your landlord so they know the bill is theirs.', 'fail'),
  ref('J24 non-native, this mail', 'i get strange mail from university account', 'Please forward this mail to the university IT service desk, it@uni-example.edu.', 'pass', 'pass'),
  ref('J24 the assessor, no contact', 'i got a property tax notice for a house i sold', "Forward the notice to the county assessor's office and tell them the sale date.", 'fail'),
  ref('J24 them to HR', 'my employer sent me the wrong w2 forms', 'Forward them to the HR department at hr@acme-example.com and ask for corrected ones.', 'pass', 'pass'),
  ref('J24 as is', 'is this paypal email real', "Forward the email as is to PayPal's spoof team at spoof@paypal.com.", 'pass', 'pass'),
  ref('J24 chat-speak, fwd', 'sum1 texted me a fake usps link', 'fwd the text to the USPS inspection service at spam@uspis.gov', 'pass', 'pass'),
  ref('J24 the scam email, attorney general', 'i got a fake sweepstakes email', "Forward the scam email to the state attorney general's consumer protection office.", 'fail'),
  ref('J24 that, student accounts', 'i got a bill from the college i dont understand', 'You can forward that to the Student Accounts office at studentaccounts@samplecc.edu.', 'pass', 'pass'),
  ref('J24 7726', 'i keep getting spam texts', 'Forward the text to 7726 (SPAM), your carrier uses it to block the sender.', 'pass', 'pass'),
  refEs('J24 Spanish, reenvíe', 'me llegó un correo falso del banco', 'Reenvíe el correo al equipo de fraude del banco en fraude@banco-ejemplo.com y luego bórrelo.', 'pass', 'pass'),
];

// ---- J25: "Go to / visit the library search, catalogue, home page …" ----
export const librarySearch: SessionCase[] = [
  // false readings: a party's room, team, desk or librarian whose name opens with J25's words (a referral)
  ref('J25 British search room', 'how do i see my grandfathers army papers', 'Visit the search room at the county record office; bring two forms of ID.', 'fail'),
  ref('J25 the Search Room at Kew', 'can i see the original ww1 diaries', 'Go to the Search Room at The National Archives, Kew, Richmond TW9 4DU, and order the documents ahead.', 'pass'),
  ref('J25 the Search Room at the State Archives', 'where are the 1850s land patents', 'Head to the Search Room on the second floor of the Maryland State Archives.', 'fail'),
  ref('J25 the Catalogue team', 'the catalogue lists the wrong author for this book', 'Contact the Catalogue team at cataloguing@samplelib.org to report the wrong record.', 'pass', 'pass'),
  ref('J25 Library Search support', 'library search keeps logging me out', 'Email the Library Search support team at libsearch@uni-example.edu with a screenshot.', 'pass', 'pass'),
  ref('J25 OneSearch help desk', 'onesearch shows no results for anything', 'Call the OneSearch help desk at 410-555-0140 and they can reset it.', 'pass', 'pass'),
  ref('J25 the catalogue librarian', 'why is this book in the wrong section', 'Ask the catalogue librarian, Ms. Reyes, at reyes@samplelib.org.', 'pass', 'pass'),
  ref('J25 the catalogue department', 'who decides the subject headings', 'Write to the catalogue department at the State Library of Victoria, 328 Swanston St, Melbourne.', 'pass'),
  ref('J25 My Account help line', 'my account says i owe money i dont', 'Call the My Account help line at 410-555-0177 and they can check the charge.', 'pass', 'pass'),
  // as meant, new words: the library's search, catalogue or home page is a resource, no party (na)
  ref('J25 Australian, library catalogue', 'do you have the book on the kelly gang', 'Head to the library catalogue at catalogue.slv.vic.gov.au and search the title.', 'na'),
  ref("J25 the library's homepage", 'where are the research databases', "Visit the library's homepage, samplelib.org, and click Research.", 'na'),
  ref('J25 your library account', 'how do i renew my books', 'Go to your library account and click Renew All.', 'na'),
  ref('J25 the uni library search', 'how do i get this article with the doi', 'Go to the uni library search and paste the DOI into the box.', 'na'),
  ref('J25 the college library home page', 'where do i find the citation guide', 'Visit the college library home page at sample.edu/library, then click Citing Sources.', 'na'),
  ref('J25 the Library Search at', 'find peer reviewed articles on climate', 'Visit the Library Search at search.lib.uq.edu.au and tick Peer reviewed.', 'na'),
  ref("J25 the library's OneSearch", 'need scholarly articles on nursing burnout', "Go to the library's OneSearch and filter by Peer Reviewed.", 'na'),
  ref('J25 discovery search', 'how do i find ebooks on statistics', 'Visit the discovery search at library.sample.edu and limit to ebooks.', 'na'),
  ref('J25 University Library homepage', 'where is the database list', 'Go to the University Library homepage at library.uni-example.edu, then Databases A-Z.', 'na'),
  ref('J25 the login page', 'i forgot my library pin', 'Go to the login page at login.samplelib.org and click Forgot PIN.', 'na'),
  ref("J25 the State Library's catalogue", 'is there a copy of my great uncles book', "Visit the State Library's catalogue at slv.vic.gov.au and search his name.", 'na'),
  ref('J25 chat-speak, the lib homepage', 'where r the study room bookings', 'go to the library homepage n click Book a Room', 'na'),
  ref('J25 non-native, the home page of library', 'where i can read newspapers online', 'Please visit the home page of library and choose E-newspapers.', 'na'),
  refEs('J25 Spanish, el buscador de la biblioteca', 'como encuentro articulos de psicologia', 'Visite el buscador de la biblioteca en biblio.unam.mx y escriba el tema.', 'na'),
];

/**
 * Cases that disagree with the scorer, keyed by the case's short name (before its colon), each with its reason (run through
 * `describeLeft`, labels unchanged).
 */
const LEFT_WHY: Record<string, string> = {
  // (a) caused by v44's block J third wave (v43 scored each as labelled)
  // (b) older readings (v43 scored them the same)
  'J23 the office closed': 'older (v43\'s actor "best way … would be to", which J23 repeats): "but their office closed in 2019" is not weighed, and mdlandrec.net is lent as the clerk\'s contact: pass for na',
  'J23 staff handle it': 'older (v43\'s "the best step is to", which J23 repeats): "and our processing staff handle that for you" after it is not weighed: fail for na',
  'J23 a website visited': 'older (v43\'s "easiest route is to", which J23 repeats): "visit them online at irs.gov/forms" reads "them" as a party, the website as its contact: pass for na',
  'J23 chat-speak, prob': 'not reached: "prob" between "is" and "to" is none of J23\'s (just / probably / likely), so "email the IT help desk" has no lead-in: na for pass',
  'J23 best way forward': 'not reached: "best way forward is to" ("forward" after "way") is neither J23 nor v43\'s lead-in: na for fail',
  'J23 Spanish, la forma más rápida': 'not reached: J23 is English; "La forma más rápida es llamar a …" has no Spanish lead-in (v8 reads "lo mejor es"): na for pass',
  'J24 the printer at the desk': 'older (v43\'s "forward the message to", before J24): "the printer at the circulation desk" reads "desk" as a party: fail for na',
  'J24 British, forward it on to': 'not reached: "forward it on to" ("on" between) is outside J24: na for pass',
  'J24 the phishing email': 'not reached: "the phishing email" is not among J24\'s objects (e-mail, message, text, letter, notice, scam …): na for pass',
  'J24 to your landlord': 'J24 excludes "to your …" (meant for "your own e-mail"), so "Forward the notice to your landlord" is no referral; v43 had no "forward the notice to" either: na for fail',
  'J24 non-native, this mail': 'not reached: J24 takes "this" alone, not "this mail": na for pass',
  'J24 chat-speak, fwd': 'not reached: "fwd" is not J24\'s "forward": na for pass',
  'J24 7726': 'older, J24 not reaching it: the verb is read, but "7726 (SPAM)" is neither a party word nor a contact (no phone shape, no text short-code rule for "forward"), so no referral and no source: na / fail for pass / pass',
  'J24 Spanish, reenvíe': 'not reached: J24 is English; "Reenvíe el correo a …" is no referring verb: na for pass',
  'J25 the Catalogue team': 'older: the text normalises "catalogue" to "catalog", which v1\'s referralNotParty already takes (J25\'s own "catalogue" never meets normalised text): na for pass',
  'J25 the catalogue librarian': 'older, as the Catalogue team: "the catalog librarian" is no party for v1\'s "catalog": na for pass',
  'J25 the catalogue department': 'older, as the Catalogue team: "the catalog department at the State Library …" no party: na for pass',
  'J25 My Account help line': 'older: v43\'s account family (referralNotParty #5) already takes "the my account help line" ("help line" not among its exceptions; J25\'s "my account" now too): na for pass',
  'J25 the uni library search': 'not reached: "uni" is not among J25\'s words, so "library" in "the uni library search" is read as a party (v43 the same): fail for na',
  'J25 Spanish, el buscador de la biblioteca': 'not reached: "buscador" is in neither J25 nor v8\'s Spanish referralNotParty, so "la biblioteca en biblio.unam.mx" is a party with a URL: pass for na',
};
const key = (c: SessionCase) => c.name.slice(0, c.name.indexOf(':'));
const all = [...quickest, ...forwardTo, ...librarySearch];
const running = (cases: SessionCase[]) => cases.filter((c) => !(key(c) in LEFT_WHY));

if (Object.keys(LEFT_WHY).some((k) => !all.some((c) => key(c) === k))) throw new Error('a LEFT reason names no case');
if (new Set(all.map(key)).size !== all.length) throw new Error('two cases share a short name');

describe('forty-third round, block J third wave checked (helper j-third)', () => {
  describeSessions('J23 the quickest fix is to', running(quickest));
  describeSessions('J24 forward it to', running(forwardTo));
  describeSessions('J25 the library search', running(librarySearch));
  describeLeft('block J third wave', all.filter((c) => key(c) in LEFT_WHY));
});
