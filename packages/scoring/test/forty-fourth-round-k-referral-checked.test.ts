/**
 * Forty-fourth round, block K's referral changes checked: v45's K2 `TIME_WITH_K2` (referralVerb), K7 `PASS_ON_NEXT_K7`
 * (referral.ts, `passOnNextK7`), K11 `HAND_IN_K11` (v13's hand-in verbs widened with "drop / return / hand / turn") and K12
 * `CAN_CONFIRM_K12` (referralCanHelp), tried both ways with cases no one had written.
 *
 * SHAPES TRIED:
 *  K2 (`TIME_WITH_K2`): against, the provider's own plan ("I'll set up a time with our genealogy specialist for you"), a
 *   machine ("book a time with the 3D printer"), a room ("book a time with the podcast studio, it holds up to four people"),
 *   "set up some time with your family", a question about what the patron did ("Were you able to set up a time with your
 *   caseworker yet?"), a time with the patron ("We can set up a time with you"), the patron's own "i booked a time with the
 *   aarp lady". As meant: British "Do book a time with the Local Studies team on 01632 960123", "Honestly, schedule a time
 *   with our career coach", "arrange a time to speak with the planning officer", chat-speak "set up a time w/ our genealogy
 *   volunteer", non-native "Please you book a time to meet with ESL coordinator, her email is …", "a convenient time", "setting
 *   up a time to chat with Ms. Alvarez", "some time with the Writing Center: <URL>", "one of the AARP Tax-Aide volunteers",
 *   Spanish "programar una hora con la trabajadora social", "agendar un horario con el asesor: <phone>".
 *  K7 (`PASS_ON_NEXT_K7`): against, the patron still told to contact the party after the pass-on ("You can also call her
 *   directly", "Feel free to stop by her office", "You will still need to sign the release in person at their office"), the
 *   pass-on to someone else (the patron's daughter after "The MVA can tell you"; our law librarian after "Legal Aid can help
 *   …;"), "Call the Register of Wills; they can help … I'll send your question to them". As meant: British "will likely know
 *   … I shall pass your query on to him", chat-speak "can def help w that. ill send it to her n she'll msg u tmrw",
 *   non-native "I will forward to her your question", "Let me pass your question along to her", the ILL team "them", an
 *   "Okay," opener, "I'll just pass it along to them", past "I've sent your question to them", "I'll send them your
 *   question", Spanish "Le reenviaré su pregunta a ella".
 *  K11 (`HAND_IN_K11`): against, our staff "will hand your petition to the Board of Elections", books dropped off "at your
 *   department office" (delivery to faculty), "Did you already return the form to the county office?", directions "turn the
 *   corner at the post office", "turn the page to the Sheriff's office listings", "Hand it to me at the Reference desk",
 *   "Turn it on, then connect to the office printer", "We'll return your ID to the passport office ourselves". As meant:
 *   "Return the signed lease to the housing authority office", "Hand in the completed form at …" and British "Hand your form
 *   in at the council's planning office", "Turn the application in at the Board of Elections, <street address>", chat-speak
 *   "drop it off @ the assessor office", non-native "return the paper at the immigration office", "Drop them at the Tax
 *   Office, Room 104 …", "return it to the Clerk's office at <e-mail>", a store's customer service department, our own
 *   circulation department, "turn them in to the main office at the school", Spanish "Devuelva el formulario a la oficina".
 *  K12 (`CAN_CONFIRM_K12`): against, a Dewey number after "can confirm" ("372.4147"), the provider as subject ("I can tell
 *   you now: the Elm branch's number is …"), the library or its staff or "someone from the county" who will contact the
 *   patron ("will let you know … they usually call from …", "will confirm by calling you from …"), a website as subject,
 *   a contact of someone else later in the sentence (Poison Control's after the pharmacist, the UPS Store's after the
 *   clerk's office, the library's after the landlord). As meant: British "can verify it for you: 020 7946 0123", chat-speak
 *   "can def tell u, theyre at …", non-native "can to confirm this, telephone is …", "can let you know … - <phone>", an
 *   e-mail, "should be able to confirm", "double-check" hyphenated, "would happily answer", a number without separators,
 *   "(410) 555 0100", our circulation desk by e-mail, Spanish "puede confirmarle el costo: <phone>".
 *
 * Statuses read from RUBRIC.md: referral.contact "na unless the provider makes a referral (Terms)", pass when "every party the
 * patron is referred to comes with a way to reach them (e-mail, phone, postal address or URL)", fail otherwise; Terms
 * "Referral": "telling the patron to contact or visit a person or organisation outside the chat …; the provider's own
 * library's departments count when the patron is told to contact or visit them; staff the provider consults on the patron's
 * behalf do not".
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - a time the provider sets up with a specialist for the patron, or with the patron, is the provider's contact, not one the
 *   patron is told to make (na); a machine or a room booked is a thing to use, no person or organisation (na);
 * - "<party> can help / can confirm / can tell you" told to the patron offers the party (the forty-second round's "can help"
 *   reading, the forty-fourth community file's); a party that will contact the patron ("will let you know … call from …",
 *   "will confirm by calling you") is no one the patron is told to contact;
 * - a pass-on to "her / him / them" consults for the patron only when the party it names is the one that "can help"; a
 *   party still to be visited or called in a later sentence is referred;
 * - returning or handing something in at an office, a store's department or the library's own circulation department tells
 *   the patron to visit it (the forty-fourth community file's "drop it off at <office>"; own departments count); a question
 *   about what the patron did, directions, or the provider's own delivery tell no one to go;
 * - a number later in the sentence lends a party a contact only when it is that party's (Poison Control's number is not the
 *   pharmacist's; a Dewey class number is no phone).
 *
 * COUNTS. Written: 75 cases (K2 18, K7 16, K11 20, K12 21), all labelled before running, referral.contact only.
 * First run: 47 as labelled, 28 disagreeing. Labels corrected after rereading RUBRIC: 0.
 * FINAL: 47 as labelled (running), 28 LEFT: 12 caused by v45's change (K2 1, K7 4, K11 1, K12 6; of K12's, 4 were also
 * misread by v44, as na: the Dewey number, the pharmacist, the clerk, the landlord) and 16 older readings (v44 scored them the
 * same: K2 4, K7 3, K11 3, K12 6), reasons in LEFT_WHY.
 *
 * FINAL RUN (`--project scoring`, this file only): 75 tests passed (28 through describeLeft).
 *
 * V45 REVIEW (after this file): K2 not with a room or machine; K7 only pass / forward / refer / send / hand to her / him
 * / them, not "so she has …", not after "and" or ";", and not when a later sentence still sends the patron there; K11's
 * "hand / turn" only with "in" (HAND_IN_AT_K11); K12 only with can / could / should / may / might / would and the party's
 * own contact after ":", ",", "at" or "on" in the same clause. Every false reading of the first cut reads as labelled now
 * (four K12 sentences read na as in v44 and stay LEFT, labelled fail); 19 LEFT.
 *
 * RUBRIC v46 (block L) reads 2 of the LEFT cases ("Hand in the completed form at …", "can double-check", L9) as labelled; they
 * run with the others.
 * ON v58 (block X): K7's "I'll send them your question and they'll …" is no referral (X28: the provider passes the question on and
 *   the party contacts the patron); it runs; 13 LEFT.
 */
import { describe } from 'vitest';
import { describeLeft, describeSessions, type SessionCase, some } from './helpers';
import { es, one, OPEN, says } from './narrowing-lines';

type St = 'pass' | 'fail' | 'na';
/** A short session: the patron's question `q`, the provider's `text`, a goodbye; referral.contact labelled `st`. */
const ref = (name: string, q: string, text: string, st: St): SessionCase => ({ name: `${name}: "${text}" : ${says(st)}`, lines: one(q, text), exp: some({ referral: st }) });
/** The same in Spanish. */
const refEs = (name: string, q: string, text: string, st: St): SessionCase => ({ name: `${name}: "${text}" : ${says(st)}`, lines: es(q, text), exp: some({ referral: st }) });

// ---- K2: "set up / book / schedule / arrange a time with <party>" ----
const QG = 'how do i trace my great grandfathers immigration';
export const timeWith: SessionCase[] = [
  // false readings: no party for the patron to contact or visit
  ref('K2 the provider arranges it', QG, "I'll set up a time with our genealogy specialist for you, and she'll reach out to you with a date.", 'na'),
  ref('K2 a time with the 3D printer', 'can i use the 3d printer', 'Yes! You can book a time with the 3D printer for up to two hours.', 'na'),
  ref('K2 a time with the podcast studio', 'do you have a recording room', 'You can book a time with the podcast studio, it holds up to four people.', 'na'),
  ref('K2 time with your family', 'how do i get my kid to read more', 'It helps to set up some time with your family each week to read aloud together.', 'na'),
  ref('K2 a question about what the patron did', 'i need help with my snap renewal', 'Were you able to set up a time with your caseworker yet?', 'na'),
  ref('K2 a time with the patron', 'how do i use ancestry library edition', 'We can set up a time with you next week to go over the database together.', 'na'),
  {
    name: 'K2 the patron booked it: "Great, sounds like you\'re all set then." : na',
    lines: [...OPEN('i already booked a time with the tax volunteer, do i need anything'), [70, 'l', 'Bring last year\'s return and your W-2s; the checklist is at samplelib.org/tax. Does that help?'], [100, 'p', 'yes i booked a time with the aarp lady already'], [110, 'l', "Great, sounds like you're all set then. Thanks for chatting, bye!"]],
    exp: some({ referral: 'na' }),
  },
  // as meant, new words
  ref('K2 British, with a number', QG, "Do book a time with the Local Studies team on 01632 960123 if you'd like to see the ship lists.", 'pass'),
  ref('K2 American casual', 'help with my resume', "Honestly, schedule a time with our career coach, she's great with resumes.", 'fail'),
  ref('K2 to speak with the planning officer', 'can i build a shed without a permit', 'You could arrange a time to speak with the planning officer about the permit.', 'fail'),
  ref('K2 chat-speak w/', QG, 'u can set up a time w/ our genealogy volunteer, shes here tues', 'fail'),
  ref('K2 non-native, with an e-mail', 'english class for adult', 'Please you book a time to meet with ESL coordinator, her email is esl@samplelib.org', 'pass'),
  ref('K2 a convenient time, with contacts', 'i need my building permit records', 'Just arrange a convenient time with the Records Office: records@sampleton.gov or 410-555-0155.', 'pass'),
  ref('K2 setting up a time to chat with Ms.', 'old maps of the harbor', "I'd recommend setting up a time to chat with Ms. Alvarez in Special Collections.", 'fail'),
  ref('K2 some time with the Writing Center, URL', 'help with my thesis draft', 'Schedule some time with the Writing Center before the draft is due: writingcenter.stateu.edu.', 'pass'),
  ref('K2 tax volunteers', 'free help doing my taxes', 'Book a time with one of the AARP Tax-Aide volunteers; they are at the Main Library on Saturdays.', 'fail'),
  refEs('K2 Spanish, no contact', 'necesito ayuda con la renovacion de medicaid', 'Puede programar una hora con la trabajadora social del centro comunitario.', 'fail'),
  refEs('K2 Spanish, with a number', 'tengo preguntas de inmigracion', 'Le recomiendo agendar un horario con el asesor de inmigración: 410-555-0170.', 'pass'),
];

// ---- K7: a party who "may know / can help", the question passed on to them in the next sentence ----
const QB = 'i need market size numbers for craft breweries';
export const passOnNext: SessionCase[] = [
  // false readings: the patron is still told to contact the party, or the pass-on is to someone else
  ref('K7 the patron also told to call her', QB, 'Our business librarian may know other sources. I\'ll forward your question to her. You can also call her directly.', 'fail'),
  ref('K7 the patron also told to stop by her office', QB, "Our business librarian may know other sources. I'll forward your question to her. Feel free to stop by her office on the 3rd floor too.", 'fail'),
  ref('K7 pass-on to the daughter', 'what does my daughter need for her learners permit', 'The MVA can tell you which documents your daughter needs. I\'ll send this to her so she has the checklist.', 'fail'),
  ref('K7 pass-on to our law librarian, Legal Aid named', 'my landlord is evicting me, what forms do i need', 'Legal Aid can help with the eviction itself; our law librarian knows the court forms. I\'ll forward your question to her.', 'fail'),
  ref('K7 still to sign in person', 'how do i get my dd-214', 'The Veterans Service Office can help with the DD-214. I\'ll pass your request to them. You will still need to sign the release in person at their office.', 'fail'),
  ref('K7 told to call first', 'how do i probate a will', 'Call the Register of Wills; they can help with the forms. I\'ll send your question to them.', 'fail'),
  // as meant: consulted for the patron, new words
  ref('K7 British, will likely know', 'history of the old mill on the river', "Our local studies officer will likely know. I shall pass your query on to him and he'll be in touch by Monday.", 'na'),
  ref('K7 chat-speak', 'books for teen who hates reading', "our teen librarian can def help w that. ill send it to her n she'll msg u tmrw", 'na'),
  ref('K7 non-native', 'old photos of our street', 'Our archivist can help for this. I will forward to her your question and she will reply you by email in 2 days.', 'na'),
  ref('K7 pass it along, Ms.', 'value of an old county map', "Ms. Patel in Special Collections might know more about the map. Let me pass your question along to her; she'll email you by Friday.", 'na'),
  ref('K7 the ILL team, them', 'can you get a book you dont have', "Our Interlibrary Loan team can help track it down. We'll send your request over to them and they'll get back to you within 3 days.", 'na'),
  ref('K7 Okay, opener', 'a map of the county in 1850', 'Mr. Dorsey, our map librarian, would know. Okay, I\'ll forward it to him now and he can email you.', 'na'),
  ref('K7 pass it along, the Friends', 'when is the next book sale', 'The Friends of the Library can answer that. I\'ll just pass it along to them.', 'na'),
  ref('K7 past tense, sent', 'old federal reports on dams', "The Government Documents staff can help with the older reports. I've sent your question to them and they'll email you by Thursday.", 'na'),
  ref('K7 send them your question', 'how do i get my dd-214', "The Veterans Service Office staff at our library can help with the DD-214. I'll send them your question and they'll call you tomorrow.", 'na'),
  refEs('K7 Spanish', 'necesito datos de negocios', 'La bibliotecaria de negocios puede ayudarle con eso. Le reenviaré su pregunta a ella y le escribirá mañana.', 'na'),
];

// ---- K11: papers handed in at an office, also "drop / return / hand / turn" ----
const QF = 'where do i turn in the form';
export const handIn: SessionCase[] = [
  // false readings: the provider hands it in, delivery to the patron, a question, directions, a page
  ref("K11 our staff hand it in", 'can the library help with a candidate petition', 'Our staff will hand your petition to the Board of Elections on Monday with the others.', 'na'),
  ref("K11 delivered to the patron's department", 'can you deliver books to faculty', 'Yes, we can drop the books off at your department office on Tuesday.', 'na'),
  ref('K11 a question about the past', QF, 'Did you already return the form to the county office?', 'na'),
  ref('K11 directions past the post office', 'how do i get to the elm branch', 'From the bus stop, turn the corner at the post office and we are on the left.', 'na'),
  ref("K11 a page of the directory", 'phone number for the sheriff', "In the printed county directory at the desk, turn the page to the Sheriff's office listings.", 'na'),
  ref('K11 hand it to me', 'i found a wallet in the library', 'Hand it to me at the Reference desk when you come in and I will log it.', 'na'),
  ref('K11 turn it on', 'the laptop i borrowed wont print', 'Turn it on, then connect to the office printer from the Wi-Fi menu.', 'na'),
  ref('K11 we return it for you', 'i left my id at the passport office', "We'll return your ID to the passport office ourselves when they open.", 'na'),
  // as meant, new words
  ref('K11 return the lease to the housing authority', 'section 8 paperwork', 'Return the signed lease to the housing authority office.', 'fail'),
  ref('K11 hand in X at (word order)', 'transcript request', "Hand in the completed form at the registrar's office.", 'fail'),
  ref('K11 British, hand X in at', 'planning permission for a loft', "Hand your form in at the council's planning office on the High Street.", 'fail'),
  ref('K11 turn in with an address', 'absentee ballot application', 'Turn the application in at the Board of Elections, 40 Main St, Sampleton, MD 21000.', 'pass'),
  ref('K11 chat-speak @', 'homestead exemption form', 'u can just drop it off @ the assessor office', 'fail'),
  ref('K11 non-native', 'my green card renewal paper', 'You must return the paper at the immigration office before 30 days.', 'fail'),
  ref('K11 drop them at', 'business license renewal', 'Drop them at the Tax Office, Room 104 of the County Building, weekdays 9 to 4.', 'fail'),
  ref("K11 return it to the Clerk's office, e-mail", 'marriage license form', "Sign it and return it to the Clerk's office at clerk@sampleton.gov.", 'pass'),
  ref('K11 to a store', 'the ebook reader i bought is broken', "Return the reader to the store's customer service department with the receipt.", 'fail'),
  ref("K11 our own circulation department", 'how do i give back the hotspot', "Return the hotspot to the Main Library's circulation department before it closes.", 'fail'),
  ref('K11 turn them in to the main office', 'summer reading log for school', 'turn them in to the main office at the school by friday', 'fail'),
  refEs('K11 Spanish', 'donde entrego la solicitud de vivienda', 'Devuelva el formulario a la oficina de vivienda antes del día 15.', 'fail'),
];

// ---- K12: a party who "can confirm / verify / tell you" with a phone or an e-mail later in the sentence ----
export const canConfirm: SessionCase[] = [
  // false readings: no party told to the patron, or the contact is someone else's
  ref('K12 a Dewey number', 'books on phonics for my son', "The children's desk at your branch can confirm whether 372.4147 is on the shelf today.", 'fail'),
  ref('K12 the provider tells the number', 'whats the phone number for the elm branch', "I can tell you now: the Elm branch's number is 410-555-0145.", 'na'),
  ref('K12 the library texts the patron', 'will you tell me when my hold comes', "The library will let you know by text when it's in; texts come from 410-555-0199.", 'na'),
  ref('K12 our ILL staff call the patron', 'is my interlibrary loan here', 'Our ILL staff will let you know when it arrives, they usually call from 410-555-0122.', 'na'),
  ref('K12 someone from the county calls', 'i applied for the senior tax credit', 'Someone from the county will confirm by calling you from 410-555-0190.', 'na'),
  ref('K12 the website, the branch number the answer', 'holiday hours and phone for the main library', "Our website will tell you the holiday hours, and the Main Library's number is 410-555-0100.", 'na'),
  ref("K12 the pharmacist, Poison Control's number", 'can i take these two meds together', 'Your pharmacist can confirm whether the two interact, and if someone already took too much, Poison Control is 800-222-1222.', 'fail'),
  ref("K12 the clerk, the UPS Store's number", 'how much is a marriage license', "The clerk's office can confirm the fee, and if you need a notary, the UPS Store on Main is 410-555-0177.", 'fail'),
  ref("K12 the landlord, the library's number", 'proof of address for a library card', 'Your landlord can verify the date you moved in, and our branch number is 410-555-0100 if you need a form faxed.', 'fail'),
  // as meant, new words
  ref('K12 British, bare number', 'was my grandfathers birth registered', 'The Records Office can verify it for you: 020 7946 0123.', 'pass'),
  ref('K12 chat-speak', 'do i have fines', 'the front desk can def tell u, theyre at 410-555-0100', 'pass'),
  ref('K12 non-native', 'do i need a visa for visit', 'The embassy can to confirm this, telephone is 202-555-0150.', 'pass'),
  ref('K12 can let you know, dash', 'how much do i owe', 'Circulation can let you know exactly what you owe - 410-555-0100.', 'pass'),
  ref('K12 e-mail', 'i need proof i graduated', 'The Alumni Office can verify your graduation dates at alumni@stateu.edu.', 'pass'),
  ref('K12 should be able to confirm', 'when was my house deed recorded', "The county recorder's office should be able to confirm that: 410-555-0177.", 'pass'),
  ref('K12 double-check, hyphen', 'census question about my address', "The Census Bureau's call center can double-check that for you, 800-923-8282.", 'pass'),
  ref('K12 would happily answer', 'can my landlord keep my deposit', 'The Tenant Hotline would happily answer that at 410-555-0166.', 'pass'),
  ref('K12 a number without separators', 'passport appointment', 'The Passport Agency can confirm your appointment at 8774876868.', 'pass'),
  ref('K12 brackets and spaces', 'small claims filing fee', 'Small Claims can let you know the filing fee, (410) 555 0100.', 'pass'),
  ref('K12 our circulation desk, e-mail', 'do i have any fines', 'The Circulation desk can confirm your fines by email, circ@samplelib.org.', 'pass'),
  refEs('K12 Spanish', 'cuanto cuesta el acta de nacimiento', 'La oficina del Secretario puede confirmarle el costo: 410-555-0100.', 'pass'),
];

/**
 * LEFT: labelled from RUBRIC.md, still misread (one-line reason each; run through `describeLeft`, labels unchanged).
 * "caused by v45 K…" = v44 scored it as labelled; "older" = v44 scored it the same.
 */
const LEFT_WHY: Record<string, string> = {
  // (a) caused by v45's first cut of K12, read as v44 reads them after its narrowing (na: the party's "can confirm" is no referral
  //     without its own contact after ":", ",", "at" or "on"; labelled fail, so still LEFT, as older readings)
  'K12 a Dewey number': 'first cut of v45 K12 (now na, as v44): "can confirm" with "372.4147" later, taken for a phone (\\d{3}.\\d{4}) by K12 and by the phone family alike, so the branch desk "comes with" a contact (v44 na, also wrong)',
  "K12 the pharmacist, Poison Control's number": 'first cut of v45 K12 (now na, as v44): "can confirm" + Poison Control\'s 800-222-1222 later in the sentence lends the pharmacist a contact (v44 na, also wrong: no referral read)',
  "K12 the clerk, the UPS Store's number": 'first cut of v45 K12 (now na, as v44): "can confirm" + the UPS Store\'s 410-555-0177 after ", and if …" lends the clerk\'s office a contact (v44 na, also wrong)',
  "K12 the landlord, the library's number": 'first cut of v45 K12 (now na, as v44): "can verify" + "our branch number is 410-555-0100" after ", and" lends the landlord the library\'s number (v44 na, also wrong)',
  // (b) older readings (v44 scored it the same)
  'K2 non-native, with an e-mail': 'older: K2 reads "book a time to meet with", but "ESL coordinator" with no article is not taken for a party ("with the ESL coordinator" passes)',
  'K2 tax volunteers': 'older: "volunteers" is no referralParty word, so "Book a time with one of the AARP Tax-Aide volunteers" names no party',
  'K2 Spanish, no contact': 'older: K2 is English only; "programar una hora con la trabajadora social" is read by no Spanish family',
  'K2 Spanish, with a number': 'older: K2 is English only; "agendar un horario con el asesor" is read by no Spanish family (v1\'s "agende cita con" wants "cita")',
  'K7 past tense, sent': 'older: PASS_ON_NEXT_K7 (and J17) take "send" not "sent": "I\'ve sent your question to them" does not drop the staff\'s "can help"',
  'K7 Spanish': 'older: PASS_ON_NEXT_K7 is English only; "Le reenviaré su pregunta a ella" does not drop "puede ayudarle"',
  'K11 chat-speak @': 'older: "drop it off @ the assessor office": "@" for "at" is outside the pattern',
  'K11 Spanish': 'older: K11 is English only; "Devuelva el formulario a la oficina de vivienda" is read by no Spanish family',
  'K12 non-native': 'older: "can to confirm": CAN_CONFIRM_K12 wants the verb right after the modal ("can confirm" passes)',
  'K12 a number without separators': 'older: CAN_CONFIRM_K12 wants \\d{3}[ .-]\\d{4}; "8774876868" has no separator',
  'K12 brackets and spaces': 'older: "Small Claims" has no referralParty word ("The Small Claims court can let you know …" passes), so the subject is no party',
  'K12 Spanish': 'older: K12 is English only, and "puede confirmarle" is not in the Spanish can-help family ("ayudarle, orientarle, informarle …")',
};
const key = (c: SessionCase) => c.name.slice(0, c.name.indexOf(':'));
const all = [...timeWith, ...passOnNext, ...handIn, ...canConfirm];
const running = (cases: SessionCase[]) => cases.filter((c) => !(key(c) in LEFT_WHY));

if (Object.keys(LEFT_WHY).some((k) => !all.some((c) => key(c) === k))) throw new Error('a LEFT reason names no case');
if (new Set(all.map(key)).size !== all.length) throw new Error('two cases share a name');

describe('forty-fourth round, block K referral changes checked', () => {
  describeSessions('K2 a time with', running(timeWith));
  describeSessions('K7 a pass-on next', running(passOnNext));
  describeSessions('K11 handed in at an office', running(handIn));
  describeSessions('K12 can confirm, with a contact', running(canConfirm));
  describeLeft('block K referral', all.filter((c) => key(c) in LEFT_WHY));
});
