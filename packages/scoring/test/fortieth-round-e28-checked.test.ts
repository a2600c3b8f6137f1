/**
 * Fortieth round, block E28 (a second wave): CHECKING v41's block G22 (services abroad: `ABROAD_CALLS_G22` in notPromise,
 * `AU_13_G22` and `NHS_111_G22` in phone, `PAPERS_PAST_G22` in knownResource) both ways, with cases no one had written, in
 * British, Irish, Northern Irish, Scottish, Australian, New Zealand (chat-speak too) and Canadian registers, terse and warm.
 *
 * PARAPHRASE SWEEP. Shapes tried:
 *  agencies who will contact the patron (no promise): "the Jobcentre will ring you", "HMRC should get back to you" (a sentence
 *   of its own), "Centrelink will usually text you", "IRD will email you your number", "Service Canada will contact you", "The
 *   Passport Office will be in touch", Irish "Revenue will write to you", "the Department of Social Protection will post you your
 *   PPS number", "the HSE will text you", "Intreo will be in touch", "Service NSW will email you the new licence", "the NDIS will
 *   send you a letter", "Student Finance England will write to you", "Social Security Scotland will write to you", "StudyLink
 *   will send you a letter", "ServiceOntario will mail you the certificate", "Ontario Works will contact you", "the Pension
 *   Service will write to you", "Immigration New Zealand will contact you", "the Housing Executive will be in touch", "the Tax
 *   Office will get in touch with you", "the electoral team will send you a confirmation letter", chat-speak "MSD will text u",
 *   "Revenue and Customs will write to you";
 *  the library's own and the provider's own (a promise): "Our Home Library Service will ring you", "The branch will be in
 *   touch by Friday", "Someone from Libraries NI will email you", "Our newcomer services librarian will call you", "The
 *   council's Home Library Service will give you a ring", "Our Student Finance drop-in adviser will ring you", "The library's
 *   Intreo clinic volunteers will be in touch"; an agency and the provider's "I'll" in one sentence ("…; I'll email you the
 *   form too", "Revenue will write to you, and I'll email you …", "…, and we will email you …") and in the next ("Centrelink
 *   will give you a ring next week. I'll also email you …"); the agency as what the provider will do ("I'll ring HMRC for you
 *   and email you on Friday", "I'll contact Inland Revenue on your behalf", "We'll ring Centrelink and let you know");
 *  13 and other short service numbers: "13 28 61", "132 011", "13 28 46, option 2", "talk to Lifeline on 13 11 14", "Phone
 *   TIS National: 131 450", "13 14 50", "1300 22 4636", "13 13 94", "1300 135 090", "their number is 132 850", "Ring Centrelink
 *   (132 850)", "Ring Services Australia (132 300)", "the number is 132 011", "13 24 68 or 132 850", NZ "0800 559 009", "0800
 *   611 116", "ring the police on 101", "Report it to the police on 101", "ring 999", "Phone 999 and ask for the police", "Call
 *   111 if it is an emergency", "ring 111 now", "In an emergency(,) dial 111", "call 000", "ring 112 or 999", "ring the Gardaí
 *   on 112", "13 11 26"; not phones: "at 132 850 pounds", "valued at $132 850", "on 132 of the album", "the 131 or 132 bus",
 *   "account number: 132 850", "claim number: 131 450", "their record number is 132 850", "the index (130 450)", "shelved at
 *   994.4", "reached 132 850 in 2019", "the 111 bus", "room 101", "visit 101 High Street", "I rang 000 myself once";
 *  NHS 111: "Give NHS 111 a ring" (LEFT), "NHS 111 can help overnight: just ring 111", "Ring the NHS on 111", "Contact NHS 111
 *   by phone or online", "The symptom checker at 111.nhs.uk" (a source, no referral), "When I rang NHS 111 last winter" (the
 *   provider's own call, no referral);
 *  national resources: "Papers Past has / covers …", "in Papers Past, under …", "Search DigitalNZ", "Try DigitalNZ:", "Search
 *   Canadiana", "Canadiana has …", "Search the British Newspaper Archive", "Use Ancestry Library Edition", "Trove has …",
 *   "Search Trove", "the National Library of Australia's catalogue", "Findmypast has …"; not: "a trove of family letters / old
 *   photos", "full of Canadiana", "specialises in Canadiana", "papers past 5pm", "The exam papers past have all been marked",
 *   "a digital NZ passport photo", "the Libby app" named alone.
 *
 * Statuses are read from the literal text of RUBRIC.md (Follow-up session: "the provider promises in the chat to send or
 * find more later", "someone from your library will contact you"; Referral: "telling the patron to contact or visit a person
 * or organisation outside the chat (call, write to, ask or visit them)", "Pointing to a website … is a source, not a
 * referral"; info.source: "a named resource (a database, …)", "An organisation or app named without a way to reach it is not
 * a source"; referral.contact), decided before the scorer ran. READINGS TAKEN where RUBRIC.md leaves room (G22's kept):
 * - an agency outside the library who will call, write to, post or text the patron makes no promise of the provider's,
 *   whichever country's (G18's and G22's reading); the library's own teams and branches ("our Home Library Service", "the
 *   branch", "Libraries NI", "the library's … volunteers") do ("someone from your library will contact you"); the provider's
 *   own "I'll / we will" beside the agency, in the sentence or the next, is a promise;
 * - emergency, police and health lines rung by their short number (999, 000, 112, NZ 111, NHS 111, 101) are a referral to
 *   that service with its phone, as v16's "call 911": "Call 111 if it is an emergency" is a referral that passes;
 * - "their number is 132 850" and "Ring Centrelink (132 850)" give the party's phone; an amount, an account, claim or
 *   record number, an index number in brackets are no phone;
 * - Papers Past, DigitalNZ, Canadiana, Trove, the British Newspaper Archive, Ancestry Library Edition, Findmypast and a
 *   national library's catalogue named are databases (named resources); "a trove of …", "Canadiana" as memorabilia, "papers
 *   past <a time>" are ordinary words; the Libby app named alone is no source;
 * - the provider telling of their own past call ("When I rang NHS 111 last winter") refers the patron to no one.
 *
 * Written: 108 cases, all labelled before running: a first batch of 75 short cases; a second batch of 30 probing the fixes'
 * words (13 of them near misses); 3 written with the fixes (the rewritten valuation-office near miss, "visit 101 High
 * Street", "In an emergency, dial 111"). Run: 105; LEFT: 3.
 * First run (75): 26 disagreed. By check:
 *  - followup.contact / resolution.code 8: Revenue, the Department of Social Protection, the HSE, Service NSW, ServiceOntario,
 *    the Pension Service, Immigration New Zealand, the Housing Executive "will write to / post / text / email / contact you /
 *    be in touch" read as the provider's promises (agencies G22 did not list);
 *  - referral.contact 13: "their number is 132 850", "Ring Centrelink (132 850)" (no phone read); "Ring Centrelink on 13 24 68
 *    or 132 850" (no referral: "Centrelink" is no party word, and "13 24 68" no number the named-at-phone reading takes); "ring
 *    the police on 101", "ring 999", "Call 111 …", "call 000", "ring 112 or 999", "just ring 111", "ring 111 now" (no number,
 *    no party), "Give NHS 111 a ring" (LEFT); near misses read as phones: "at 132 850 pounds", "account number: 132 850";
 *  - info.source 5: "Papers Past has …", "Search DigitalNZ …", "Search Canadiana …" read as no source; "a trove of family
 *    letters", "papers past 5pm" read as sources.
 * Second run (the first batch after the fixes): 3 disagreed: "The symptom checker at 111.nhs.uk" read as a referral (my
 * party reading of 111 took the domain: narrowed, `\.[a-z]`); "Ring the Land Registry about it; … 132 850 pounds" (the
 * amount now read right, but "registry" is no party word, so no referral at all: LEFT, and the near miss rewritten with "the
 * council's valuation office"); "Give NHS 111 a ring" (LEFT). And G22's LEFT "Dial NHS 111, it's free from mobiles" now
 * scores as labelled: moved, label unchanged, to a `READ_SINCE_LEFT` list in fortieth-round-abroad.test.ts.
 * The wide run after it (251 files): 4 older tests moved, so two fixes were too wide and were narrowed: the agencies as
 * parties by themselves read "You can call Centrelink on 14 March 2025" and "You could ring Centrelink at 10.30" (twenty-
 * ninth-round-ready's near misses) and twenty-ninth-round-research's LEFT "call Medicare at 1-800-MEDICARE" (now only right
 * before a phone); 101 as a party read "visit 101 E Main St" (twenty-second-round-openings-checked's courthouse marker: no
 * street address after the number now). All four score as before.
 * Third run (the second batch, 30): 3 disagreed: "Revenue and Customs will write to you" (fixed: `revenue(?: and customs)?`),
 * "Report it to the police on 101" (fixed: after "the police / Gardaí / ambulance on" with no verb), "In an emergency dial
 * 111" (LEFT; "In an emergency, dial 111" passes).
 * My labels corrected: 0.
 *
 * Fixed in block E28 (v41 only; each near miss checked to fail with its part of the fix widened, then restored):
 *  - notPromise (plus, `ABROAD_CALLS_E28`: G22's template with `ABROAD_PARTY_E28`): Revenue (and Customs), the DSP, Intreo,
 *    the HSE, Tusla, Service NSW / Victoria …, ServiceOntario, the NDIS, Home Affairs, Ontario Works, the Pension Service,
 *    Student Finance, the Student Loans Company, Social Security Scotland, the Housing Executive, StudyLink, Immigration New
 *    Zealand, MSD, Kāinga Ora who will contact the patron [near misses: "Revenue will write to you, and I'll email you …", "Our
 *    Student Finance drop-in adviser will ring you", "The library's Intreo clinic volunteers will be in touch" (G22's template
 *    narrowings, inherited)];
 *  - phone (plus, `SHORT_PHONE_E28`) and referralParty (plus, `SHORT_PARTY_E28`): 999, 000, 111, 112, 101, 105, 119 after a
 *    calling verb or "the police / Gardaí / ambulance / NHS on", and as the party called; not before a digit, a domain, a
 *    unit or a street [near misses: "room 101" fails with no verb required; "111.nhs.uk" with no domain test; "visit 101 High
 *    Street" with no street test];
 *  - referralParty (plus, `AGENCY_PARTY_E28`, `NHS_111_PARTY_E28`): Centrelink, Medicare, HMRC, the DVLA, Lifeline,
 *    Healthline, Service Canada … right before their phone ("Ring Centrelink on 13 11 14"), and "NHS 111" [near misses: the
 *    twenty-ninth round's "call Centrelink on 14 March 2025", "ring Centrelink at 10.30" move with the phone test taken off];
 *  - phone (swap, `AU_13_E28` for `AU_13_G22`): a 13 number in brackets after a calling verb's party, after "their / the …
 *    number is"; not before pounds, quid, euros, pence, cents, bucks, nor after an account / reference / claim / record …
 *    number [near misses: "the index (130 450)" fails with a bare bracket; "their record number is 132 850" with a bare
 *    "number is"; "at 132 850 pounds" without the amounts; "account number: 132 850", "claim number: 131 450" without the
 *    numbers' labels];
 *  - knownResource (swap, `PAPERS_PAST_E28` for `PAPERS_PAST_G22`: not before a digit; plus `NATIONAL_DB_E28`: "Papers Past
 *    has / covers / holds …", DigitalNZ, "digital NZ" after a verb of use, Canadiana after a verb of use or before "has …";
 *    and v4's Trove not before "of") [near misses: "papers past 5pm" fails without the digit test; "The exam papers past have
 *    all been marked" with "have" added; "full of / specialises in Canadiana" without the lookbehind; "a digital NZ passport
 *    photo" likewise; "a trove of family letters / old photos" without "(?! of)"].
 * Not changed: G22's block and its readings (its test file passes unchanged but for the LEFT case moved); "registry" as a
 * party word; the "give <party> a ring" verb shape; the lead-in clause reading ("In an emergency dial").
 *
 * Left (3): "Ring the Land Registry about it; …" ("registry" is no referralParty word: the older party words, shared by every
 * area); "Give NHS 111 a ring tonight" (the "give <party> a ring" verb shapes take no number in the party's name); "In an
 * emergency dial 111" (without a comma the older lead-in reading finds no verb telling the patron to act).
 *
 * Final run: phrases.test.ts (320 tests, passed); every thirty-seventh-, thirty-eighth-, thirty-ninth- and fortieth-round file on
 * this branch and the files found by grep for the fixes' words (999, 000, 101, 111, 112, 105, 119, the 13 numbers, Trove, Papers
 * Past, Canadiana, DigitalNZ, Centrelink, Medicare, HMRC, DVLA, Lifeline, Healthline, Work and Income, Inland Revenue, Revenue,
 * HSE, Intreo, Service NSW / Canada / Ontario, NDIS, Home Affairs, Pension Service, Student Finance, StudyLink, Housing
 * Executive, police, Gardaí, NHS, emergency, registry, pounds, quid, euros, account / claim / record number, "the number is")
 * (275 files, 26129 tests): all passed; then this file, fortieth-round-abroad.test.ts and rubric.test.ts (412 tests): passed.
 * v41's fingerprint after block E28: 4b001fa68dfd2235.
 * ON v55 (block U): "Ring the Land Registry about it; …" (U5: a registry kept by an agency is a party) reads as labelled and runs,
 *   in `READ_SINCE_LEFT`.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';

/** A British public library's opening. */
const UK: Line[] = [
  [0, 'p', 'hi, I need a bit of help with something official'],
  [20, 'l', 'Hiya, Sam here at Ask a Librarian, Bristol Libraries. Which part of Bristol are you in?'],
  [50, 'p', 'Bedminster'],
];
/** An Irish opening. */
const IE: Line[] = [
  [0, 'p', 'hi there, quick question about a form'],
  [20, 'l', 'Hello, Aoife here at Ask a Librarian, Galway County Libraries. Is it for yourself?'],
  [50, 'p', 'yes for me'],
];
/** An Australian opening. */
const AU: Line[] = [
  [0, 'p', 'hey need help with a government thing'],
  [20, 'l', "G'day, Tom here from Ask a Librarian, Brisbane City Libraries. What's it about?"],
  [50, 'p', 'payments and that'],
];
/** A New Zealand opening. */
const NZ: Line[] = [
  [0, 'p', 'kia ora, can you help me find something'],
  [20, 'l', 'Kia ora, Mere here from AnyQuestions. What are you looking for?'],
  [50, 'p', 'stuff about my family and some forms'],
];
/** A Canadian opening. */
const CA: Line[] = [
  [0, 'p', 'Hello I need help please with government paper'],
  [20, 'l', 'Hello! Priya here, librarian at Ask Ontario. Which paper is it?'],
  [50, 'p', 'certificate and some history'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Cheers, bye!']];
const uk = (text: string) => then(UK, text);
const ie = (text: string) => then(IE, text);
const au = (text: string) => then(AU, text);
const nz = (text: string) => then(NZ, text);
const ca = (text: string) => then(CA, text);

const NO_FU = some({ contact: 'na', code: 'pass' });
const FU = some({ contact: 'fail', code: 'fail' });

/** First batch, labelled from RUBRIC.md before the scorer ran. */
export const first: SessionCase[] = [
  // ---- agencies abroad who will contact the patron: no promise of the provider's (Follow-up session: "the provider promises") ----
  { name: 'British, "the Jobcentre will ring you to book your first appointment" : no follow-up', lines: uk('Apply at gov.uk/apply-universal-credit; the Jobcentre will ring you to book your first appointment. Does that help?'), exp: NO_FU },
  { name: 'British, "HMRC should get back to you within 15 working days" (next sentence) : no follow-up', lines: uk('Claim online at gov.uk/claim-tax-refund. HMRC should get back to you within 15 working days. Does that help?'), exp: NO_FU },
  { name: 'Australian, "Centrelink will usually text you when the payment is approved" : no follow-up', lines: au('Claim through my.gov.au; Centrelink will usually text you when the payment is approved. Does that help?'), exp: NO_FU },
  { name: 'New Zealand, "IRD will email you your number within 8 working days" : no follow-up', lines: nz('Apply at ird.govt.nz/ird-numbers and IRD will email you your number within 8 working days. Does that help?'), exp: NO_FU },
  { name: 'Canadian, "Service Canada will contact you if they need more documents" : no follow-up', lines: ca('Send the form from canada.ca/sin; Service Canada will contact you if they need more documents. Does that help?'), exp: NO_FU },
  { name: 'British, "The Passport Office will be in touch if anything is missing" : no follow-up', lines: uk('Apply at gov.uk/renew-adult-passport. The Passport Office will be in touch if anything is missing. Does that help?'), exp: NO_FU },
  { name: 'Irish, "Revenue will write to you with a statement of liability" : no follow-up', lines: ie('Claim it through myAccount at revenue.ie; Revenue will write to you with a statement of liability. Does that help?'), exp: NO_FU },
  { name: 'Irish, "the Department of Social Protection will post you your PPS number" : no follow-up', lines: ie('Apply at gov.ie/pps; the Department of Social Protection will post you your PPS number. Does that help?'), exp: NO_FU },
  { name: 'Irish, "the HSE will text you the appointment" : no follow-up', lines: ie('Book through hse.ie/vaccines; the HSE will text you the appointment. Does that help?'), exp: NO_FU },
  { name: 'Australian, "Service NSW will email you the new licence" : no follow-up', lines: au('Renew at service.nsw.gov.au; Service NSW will email you the new licence. Does that help?'), exp: NO_FU },
  { name: 'British, "Student Finance England will write to you once it is approved" : no follow-up', lines: uk('Apply at gov.uk/student-finance; Student Finance England will write to you once it is approved. Does that help?'), exp: NO_FU },
  { name: 'New Zealand, "StudyLink will send you a letter when the loan is approved" : no follow-up', lines: nz('Apply at studylink.govt.nz; StudyLink will send you a letter when the loan is approved. Does that help?'), exp: NO_FU },
  { name: 'Canadian, "ServiceOntario will mail you the certificate" : no follow-up', lines: ca('Request it at ontario.ca/birth-certificate; ServiceOntario will mail you the certificate. Does that help?'), exp: NO_FU },
  { name: 'British, "the Pension Service will write to you about four months before" : no follow-up', lines: uk('Claim at gov.uk/new-state-pension; the Pension Service will write to you about four months before. Does that help?'), exp: NO_FU },
  { name: 'New Zealand, "Immigration New Zealand will contact you if they need more" : no follow-up', lines: nz('Apply at immigration.govt.nz; Immigration New Zealand will contact you if they need more. Does that help?'), exp: NO_FU },
  { name: 'Northern Irish, "the Housing Executive will be in touch to arrange a visit" : no follow-up', lines: uk('Apply at nihe.gov.uk; the Housing Executive will be in touch to arrange a visit. Does that help?'), exp: NO_FU },
  { name: 'Australian, "the Tax Office will get in touch with you if anything is missing" : no follow-up', lines: au('Lodge at ato.gov.au; the Tax Office will get in touch with you if anything is missing. Does that help?'), exp: NO_FU },
  { name: 'British, "the electoral team will send you a confirmation letter" : no follow-up', lines: uk('Register at gov.uk/register-to-vote; the electoral team will send you a confirmation letter. Does that help?'), exp: NO_FU },
  // ---- the library's own teams, and the provider's own promise beside an agency: a follow-up ("someone from your library will contact you") ----
  { name: 'British, "Our Home Library Service will ring you to arrange the first delivery" : a follow-up', lines: uk('Our Home Library Service will ring you to arrange the first delivery. Does that help?'), exp: FU },
  { name: 'British, "The branch will be in touch by Friday about the replacement card" : a follow-up', lines: uk('The branch will be in touch by Friday about the replacement card. Does that help?'), exp: FU },
  { name: 'Northern Irish, "Someone from Libraries NI will email you the membership form tomorrow" : a follow-up', lines: uk('Someone from Libraries NI will email you the membership form tomorrow. Does that help?'), exp: FU },
  { name: 'British, "HMRC will write to you about the refund; I\'ll email you the form too" : a follow-up', lines: uk("HMRC will write to you about the refund; I'll email you the form too. Does that help?"), exp: FU },
  { name: 'Australian, "Centrelink will give you a ring next week. I\'ll also email you the checklist by Monday." : a follow-up', lines: au("Centrelink will give you a ring next week. I'll also email you the checklist by Monday. Does that help?"), exp: FU },
  { name: 'British, "I\'ll ring HMRC for you and email you on Friday" : a follow-up', lines: uk("I'll ring HMRC for you and email you on Friday with what they say. Does that help?"), exp: FU },
  { name: 'New Zealand, "I\'ll contact Inland Revenue on your behalf and get back to you tomorrow" : a follow-up', lines: nz("I'll contact Inland Revenue on your behalf and get back to you tomorrow. Does that help?"), exp: FU },
  { name: 'Canadian, "Our newcomer services librarian will call you this week about the IRCC forms" : a follow-up', lines: ca('Our newcomer services librarian will call you this week about the IRCC forms. Does that help?'), exp: FU },
  { name: 'British, "The council\'s Home Library Service will give you a ring to set it up" : a follow-up', lines: uk("The council's Home Library Service will give you a ring to set it up. Does that help?"), exp: FU },
  { name: 'Australian, "We\'ll ring Centrelink and let you know by Thursday" : a follow-up', lines: au("We'll ring Centrelink and let you know by Thursday. Does that help?"), exp: FU },
  { name: 'British, "The GP surgery will text you, and we will email you the carers\' leaflet tomorrow" : a follow-up', lines: uk("The GP surgery will text you, and we will email you the carers' leaflet tomorrow. Does that help?"), exp: FU },
  // ---- 13 numbers and other short service numbers: phones after calling words (referral.contact) ----
  { name: 'Australian, "Ring the Tax Office on 13 28 61" : referral passes', lines: au('Ring the Tax Office on 13 28 61 about the debt. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "Call Medicare on 132 011" : referral passes', lines: au('Call Medicare on 132 011 to update your address. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "Call Services Australia on 13 28 46, option 2" : referral passes', lines: au('Call Services Australia on 13 28 46, option 2, for the disability line. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "talk to Lifeline on 13 11 14" : referral passes', lines: au('You can talk to Lifeline on 13 11 14, day or night. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "Phone TIS National: 131 450" : referral passes', lines: au('Phone TIS National: 131 450. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "Call TIS on 13 14 50" : referral passes', lines: au('Call TIS on 13 14 50 for an interpreter. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "Call Beyond Blue on 1300 22 4636" : referral passes', lines: au('Call Beyond Blue on 1300 22 4636. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "Ring the Poisons Information Centre on 1300 135 090"? no: "Ring the Fair Work Ombudsman on 13 13 94" : referral passes', lines: au('Ring the Fair Work Ombudsman on 13 13 94. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "ring LawAccess on 1300 135 090" (ten digits) : referral passes', lines: au('Ring the legal advice line on 1300 135 090. Does that help?'), exp: some({ referral: 'pass' }) },
  // "their number is 132 850": the party's phone, said of the party (not "the record number is")
  { name: 'Australian, "Give Centrelink a ring; their number is 132 850" : referral passes', lines: au('Give Centrelink a ring; their number is 132 850. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "Ring Centrelink (132 850)" : referral passes', lines: au('Ring Centrelink (132 850) and ask for the Rent Assistance team. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "Ring Centrelink on 13 24 68 or 132 850" : referral passes', lines: au('Ring Centrelink on 13 24 68 or 132 850. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'New Zealand, "Ring Work and Income on 0800 559 009" : referral passes', lines: nz('Ring Work and Income on 0800 559 009. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'New Zealand, "Call Healthline on 0800 611 116" : referral passes', lines: nz('Call Healthline on 0800 611 116, it is free. Does that help?'), exp: some({ referral: 'pass' }) },
  // emergency and police numbers: the service reached by its number (as "call 911")
  { name: 'British, "ring the police on 101" : referral passes', lines: uk('If it is not an emergency, ring the police on 101. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'British, "ring 999 straight away" : referral passes', lines: uk('If anyone is in danger, ring 999 straight away. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'New Zealand, "Call 111 if it is an emergency" : referral passes', lines: nz('Call 111 if it is an emergency. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "call 000 immediately" : referral passes', lines: au('If he stops breathing, call 000 immediately. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Irish, "ring 112 or 999" : referral passes', lines: ie('If it is an emergency, ring 112 or 999. Does that help?'), exp: some({ referral: 'pass' }) },
  // near misses: numbers that are not phones (a referral with no way to reach the party fails)
  { name: 'near miss: "Ring the council\'s valuation office about it; the house sold at 132 850 pounds" (an amount): referral fails', lines: uk("Ring the council's valuation office about it; the house sold at 132 850 pounds in 1998."), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Ring the council about it; the estate was valued at $132 850" (an amount): referral fails', lines: au('Ring the council about it; the estate was valued at $132 850.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Ring the local studies desk; the photo is on 132 of the album" (a page): referral fails', lines: uk('Ring the local studies desk about it; the photo is on 132 of the album.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Ring the branch; take the 131 or 132 bus" (bus routes): referral fails', lines: au('Ring the branch about it; take the 131 or 132 bus from the station.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Ring the council and quote your account number: 132 850" (an account number): referral fails', lines: uk('Ring the council about it and quote your account number: 132 850.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Ring the branch; it is shelved at 363.7 132" hmm no: "shelved at 994.4 on level 2" (Dewey): referral fails', lines: au("Ring the branch about it; it's shelved at 994.4 on level 2."), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Call the State Library about it; the collection reached 132 850 in 2019" (a count): referral fails', lines: au('Call the State Library about it; the collection reached 132 850 in 2019.'), exp: some({ referral: 'fail' }) },
  // ---- NHS 111 ----
  { name: 'British, "NHS 111 can help overnight: just ring 111" : referral passes', lines: uk('NHS 111 can help overnight: just ring 111. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'British, "Ring the NHS on 111 for out-of-hours advice" : referral passes', lines: uk('Ring the NHS on 111 for out-of-hours advice. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'British, "Contact NHS 111 by phone or online" : referral passes', lines: uk('Contact NHS 111 by phone or online. Does that help?'), exp: some({ referral: 'pass' }) },
  // a web page for the patron to use is a source, not a referral
  { name: 'British, "The symptom checker at 111.nhs.uk" : source passes, no referral', lines: uk('The symptom checker at 111.nhs.uk will tell you where to go. Does that help?'), exp: some({ source: 'pass', referral: 'na' }) },
  { name: 'New Zealand, "ring 111 now" (the emergency number) : referral passes', lines: nz('If he is struggling to breathe, ring 111 now. Does that help?'), exp: some({ referral: 'pass' }) },
  // the provider's own past call tells the patron nothing to do: no referral
  { name: 'near miss: "When I rang NHS 111 last winter they were brilliant" : no referral', lines: uk('When I rang NHS 111 last winter they were brilliant, to be fair.'), exp: some({ referral: 'na' }) },
  // ---- Papers Past and other national resources: named resources (info.source) ----
  { name: 'New Zealand, "Papers Past has the Otago Witness for those years" : source passes', lines: nz('Papers Past has the Otago Witness for those years. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'New Zealand, "The shipping lists are in Papers Past, under the Lyttelton Times" : source passes', lines: nz('The shipping lists are in Papers Past, under the Lyttelton Times. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'New Zealand, "Search DigitalNZ for photos of the 1931 earthquake" : source passes', lines: nz('Search DigitalNZ for photos of the 1931 earthquake. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'Canadian, "Search Canadiana for the city directories of the 1890s" : source passes', lines: ca('Search Canadiana for the city directories of the 1890s. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'British, "Search the British Newspaper Archive; it is free on the library computers" : source passes', lines: uk('Search the British Newspaper Archive; it is free on the library computers. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'British, "Use Ancestry Library Edition on any of our library computers" : source passes', lines: uk('Use Ancestry Library Edition on any of our library computers. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'Australian, "Trove has The Argus digitised for 1853" : source passes', lines: au('Trove has The Argus digitised for 1853. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'Australian, "Search the National Library of Australia\'s catalogue for the diaries" : source passes', lines: au("Search the National Library of Australia's catalogue for the diaries. Does that help?"), exp: some({ source: 'pass' }) },
  { name: 'British, "Findmypast has the 1921 census, free in our branches" : source passes', lines: uk('Findmypast has the 1921 census, free in our branches. Does that help?'), exp: some({ source: 'pass' }) },
  // the same words as ordinary words; an app named only
  { name: 'near miss: "What a trove of family letters!" : source fails', lines: au('What a trove of family letters! Keep them somewhere cool and dry.'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "That antique shop is full of Canadiana" : source fails', lines: ca('That antique shop is full of Canadiana, by the look of it.'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "Late penalties fall on papers past 5pm on Friday" : source fails', lines: nz('Late penalties fall on papers past 5pm on Friday, sorry.'), exp: some({ source: 'fail' }) },
  { name: '"Download the Libby app and add your library" (an app named, no way to reach it): source fails', lines: au('Download the Libby app and add your library.'), exp: some({ source: 'fail' }) },
];

/** A second batch, written and labelled after the first run, probing the words of block E28's fixes (near misses marked). */
export const second: SessionCase[] = [
  // ABROAD_CALLS_E28: more agencies who will contact the patron
  { name: 'Irish, "Intreo will be in touch to book an appointment" : no follow-up', lines: ie('Register at gov.ie/jobseekers; Intreo will be in touch to book an appointment. Does that help?'), exp: NO_FU },
  { name: 'Australian, "The NDIS will send you a letter about your plan" : no follow-up', lines: au('Apply at ndis.gov.au/applying; the NDIS will send you a letter about your plan. Does that help?'), exp: NO_FU },
  { name: 'Scottish, "Social Security Scotland will write to you with the decision" : no follow-up', lines: uk('Apply at mygov.scot/adult-disability-payment; Social Security Scotland will write to you with the decision. Does that help?'), exp: NO_FU },
  { name: 'Canadian, "Ontario Works will contact you within two business days" : no follow-up', lines: ca('Apply at ontario.ca/ontario-works; Ontario Works will contact you within two business days. Does that help?'), exp: NO_FU },
  { name: 'New Zealand, chat-speak, "MSD will text u the appointment time" : no follow-up', lines: nz('apply at my.msd.govt.nz, MSD will text u the appointment time. does that help?'), exp: NO_FU },
  { name: 'British, "Revenue and Customs will write to you" : no follow-up', lines: uk('Claim at gov.uk/claim-tax-refund; Revenue and Customs will write to you with the amount. Does that help?'), exp: NO_FU },
  // near misses: the provider's own "I'll" beside the agency, the library's own ("our", "the library's")
  { name: 'near miss: "Revenue will write to you, and I\'ll email you the Form 12 guide by Friday" : a follow-up', lines: ie("Revenue will write to you, and I'll email you the Form 12 guide by Friday. Does that help?"), exp: FU },
  { name: 'near miss: "Our Student Finance drop-in adviser will ring you tomorrow" (the library\'s own): a follow-up', lines: uk('Our Student Finance drop-in adviser will ring you tomorrow. Does that help?'), exp: FU },
  { name: 'near miss: "The library\'s Intreo clinic volunteers will be in touch tomorrow" (the library\'s own): a follow-up', lines: ie("The library's Intreo clinic volunteers will be in touch tomorrow. Does that help?"), exp: FU },
  // SHORT_PHONE_E28 / SHORT_PARTY_E28: emergency and police lines in other words
  { name: 'British, "Report it to the police on 101" : referral passes', lines: uk('Report it to the police on 101 and keep the crime number. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'British, "Phone 999 and ask for the police" : referral passes', lines: uk('If he is there now, phone 999 and ask for the police. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'New Zealand, "In an emergency, dial 111" : referral passes', lines: nz('In an emergency, dial 111. Does that help?'), exp: some({ referral: 'pass' }) },
  // a street address visited to see a thing: no party (the numbers' party reading must not take "101 High Street")
  { name: 'near miss: "visit 101 High Street to read the plaque" (an address, a thing seen): no referral', lines: uk('The plaque went up in 1926; visit 101 High Street to read it. The history is at bristol.gov.uk/plaques. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'Irish, "Ring the Gardaí on 112" : referral passes', lines: ie('If you feel unsafe, ring the Gardaí on 112. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "Ring the Poisons Information Centre on 13 11 26" : referral passes', lines: au('Ring the Poisons Information Centre on 13 11 26 straight away. Does that help?'), exp: some({ referral: 'pass' }) },
  // near misses: the same numbers as other things, the provider's own past call
  { name: 'near miss: "I rang 000 myself once, they were quick" (no one referred): no referral', lines: au('I rang 000 myself once, they were quick, to be fair.'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "Ring the branch about it; the 111 bus stops outside" (a bus): referral fails', lines: uk('Ring the branch about it; the 111 bus stops outside.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Ring the desk about it; room 101 is on the first floor" (a room): referral fails', lines: uk('Ring the desk about it; room 101 is on the first floor.'), exp: some({ referral: 'fail' }) },
  // AU_13_E28: brackets and "the number is"
  { name: 'Australian, "Ring Services Australia (132 300) for the pension" : referral passes', lines: au('Ring Services Australia (132 300) for the pension. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Australian, "Give Medicare a call, the number is 132 011" : referral passes', lines: au('Give Medicare a call, the number is 132 011. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "Call the archive about it; the index (130 450) lists him" (an index number): referral fails', lines: au('Call the archive about it; the index (130 450) lists him.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Give the council a ring; their record number is 132 850" (a record number): referral fails', lines: au('Give the council a ring; their record number is 132 850.'), exp: some({ referral: 'fail' }) },
  { name: 'near miss: "Ring the council and quote claim number: 131 450" (a claim number): referral fails', lines: au('Ring the council about it and quote claim number: 131 450.'), exp: some({ referral: 'fail' }) },
  // NATIONAL_DB_E28, PAPERS_PAST_E28, trove
  { name: 'New Zealand, "Papers Past covers the Evening Post to 1945" : source passes', lines: nz('Papers Past covers the Evening Post to 1945. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'New Zealand, "Try DigitalNZ: it pulls in museum photos too" : source passes', lines: nz('Try DigitalNZ: it pulls in museum photos too. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'Canadian, "Canadiana has the Jesuit Relations digitised" : source passes', lines: ca('Canadiana has the Jesuit Relations digitised. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'Australian, "Search Trove for the wedding notice" : source passes', lines: au('Search Trove for the wedding notice. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'near miss: "The exam papers past have all been marked" : source fails', lines: nz('The exam papers past have all been marked, sorry.'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "You need a digital NZ passport photo for that" : source fails', lines: nz('You need a digital NZ passport photo for that.'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "The shop downtown specialises in Canadiana and old maps" : source fails', lines: ca('The shop downtown specialises in Canadiana and old maps.'), exp: some({ source: 'fail' }) },
  { name: 'near miss: "There\'s a trove of old photos in the shoebox, I bet" : source fails', lines: au("There's a trove of old photos in the shoebox, I bet."), exp: some({ source: 'fail' }) },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong. */
export const LEFT: SessionCase[] = [
  // LEFT (first batch): "Give NHS 111 a ring" refers the patron to NHS 111 with its number, but "give <party> a ring" is read
  // by older verb shapes (referralVerb, v9 S's giveACallPartyS) that take no number in the party's name, and NHS_111_G22
  // reads 111 after a calling verb only; the verb shapes are shared by every area ("Give Lifeline a ring on 13 11 14" passes)
  { name: 'British, "Give NHS 111 a ring tonight" : referral passes', lines: uk('Give NHS 111 a ring tonight if it gets worse. Does that help?'), exp: some({ referral: 'pass' }) },
  // LEFT (second batch): "In an emergency dial 111" (no comma after the lead-in) tells the patron to call 111 (a referral
  // with its number), as "In an emergency, dial 111" (which passes); without the comma the older clause reading takes
  // "emergency dial / call" as one phrase and finds no verb telling the patron to act ("In an emergency call 111" reads the
  // same): the lead-in readings are older and shared by every area
  { name: 'New Zealand, "In an emergency dial 111" : referral passes', lines: nz('In an emergency dial 111. Does that help?'), exp: some({ referral: 'pass' }) },
];

describeSessions('fortieth round (E28): G22 checked, first batch', first);
describeSessions('fortieth round (E28): G22 checked, second batch', second);
describeLeft('fortieth-round-e28-checked', LEFT);

/** (v55) Cases once LEFT that read as labelled now, labels unchanged. */
const READ_SINCE_LEFT: SessionCase[] = [
  // v55 U5: "the Land Registry" is a party (REGISTRY_PARTY_U5 reads a registry kept by an agency), so "Ring the Land Registry
  // about it" is a referral with no way to reach it
  { name: 'near miss: "Ring the Land Registry about it; the house sold at 132 850 pounds" (an amount): referral fails', lines: uk('Ring the Land Registry about it; the house sold at 132 850 pounds in 1998.'), exp: some({ referral: 'fail' }) },
];

describeSessions('fortieth-round-e28-checked: once left, now read as labelled', READ_SINCE_LEFT);
