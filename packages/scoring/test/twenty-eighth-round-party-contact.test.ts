/**
 * Twenty-eighth round, area (D2): REFERRALS, THE PARTY AND ITS CONTACT. The LEFT cases of earlier rounds where a referral
 * is found but its contact is read wrongly (`referral.contact`: "every party the patron is referred to comes with a way to
 * reach them (e-mail, phone, postal address or URL)", RUBRIC.md), taken up under rubric v29, block D2.
 *
 * Cases of this area in the LEFT lists at the start of the round: 32 (the contact of a referral found read wrongly, and the
 * patron's own contact read back taken for a party's or a source). Fixed and moved here: 4. Dropped as mislabelled: 0 (each
 * label re-read against RUBRIC.md's Terms "Referral" and the rule of `referral.contact` holds). Left: 28, where they were.
 *
 * The fixes (settings of v29 block D2, all in checks/referral.ts; v1-v28 score as before):
 *  - `nameLabelD2`: a later sentence's URL on a domain label that spells the referred party's name (its first two words or
 *    more run together, eight letters or more: "montanastatelibrary" for "the Montana State Library") is the party's own
 *    way to reach it, even after a resource noun ("The form is at …"). Fixes twenty-second-round-referrals-checked's
 *    Montana case. Near misses: "mt.gov/ecard", "montanalegalservices.example.org" stay the resource's.
 *  - `firstLaterD2`: the first party of a message, with no contact in its own stretch, takes one from a later sentence
 *    that names it (a party word or its possessive) with a contact that is no resource's ("The Tenant Union's hotline is
 *    …"), before `furtherParties` counts it unreached. Fixes the Tenant Union / Ridgeview case. Near misses: the later
 *    sentences name only the second party, or name the first without a contact ("meets on Tuesdays").
 *  - `numberToCallD2`: a calling verb right after "<phone> is / would be / will be the <word>? number / line to" takes
 *    that phone as its object ("Then 301-600-1544 is the number to call: that's Frederick County Animal Control"), and
 *    the clause counts as a lead-in of the verb. Fixes twenty-fourth-round-dense's barking-dog case. Near misses: "The
 *    number to call is on the letter" (no number), "…is the best number to call you at" (the patron), "…on file for you".
 *  - `namedClauseD2`: in a sentence cut at its referring verbs (v8 K's `clauseParties`), a part opening with a verb of
 *    getting in touch whose object is a capitalised name in the raw sentence (v11 K1's CAPITAL_OBJECT_K1, every match) is a
 *    party of its own, though no party word names it and a pronoun follows ("…, and you can also talk to the Baltimore
 *    Renters United organizers at their Tuesday meetings"). Fixes twentieth-round-falsepass's Legal Aid case. Near misses:
 *    "talk to them about your lease", the second party with its own number, "speak to Dr. Alvarez there" (the person at the
 *    party called), "by calling the USCIS Contact Center at …; they …" (a verb in capitals inside the sentence is a name's
 *    word: caught by sixteenth-round-benefits in the first full run).
 *
 * Readings taken where RUBRIC.md leaves room: a URL on a domain that is the party's name reaches the party even when the
 * page is a form (the party's own site); a party named in capitals after "talk to / speak with / check with" is a
 * "named specialist" or organisation the patron is told to contact, so it needs its own way to reach it.
 *
 * Left (the reason, in short; each old file's `// LEFT:` comment says more): Duke Energy and the state's LIHEAP URL after
 * ";" (eighteenth-falsepass: whose URL inside one sentence); "<party> is at <phone>" with no verb (eighteenth-housing:
 * referral not seen, a widening of every "is"); the number on the back of the card (eighteenth-settings: the bank as a
 * party); USCIS's manual after "their" (eleventh-referrals: which party "their" is); a phone in words (no family reads
 * spelled digits); the teen desk beside the volunteer page, the County Assistance Office beside the portal URL, "Google …
 * and call them" (eleventh-referrals: whose URL, from words alone); CPS Energy's page (eleventh-spanish) and the GIS portal
 * (fifteenth-data), the school finder (tenth-youth), the lending-library list (nineteenth-falsepass), "Sora's help is at"
 * (tenth-tech): another party's or a tool's page in another sentence, told apart only by what it is for;
 * "Broward renews cards over the phone" (no referring verb); "Staff there can help u" with the branch page (ninth-everyday)
 * and "410 . 768 . 7000" (ninth-referrals: the sentence is split at " . "); "Service BC … can also take your application"
 * (thirteenth-styles: a "can" clause as a second party); ftc.gov beside "contact their office" (twenty-fifth-jargon); the
 * recorder's number typed first by the patron (twenty-first-research); a contact after the patron's reply
 * (twenty-first-widenings); "The shelter's adoption line is …" before "call them" (twenty-fourth-dense); a party named with
 * commas and "Report it to Baltimore City 311" (twenty-fourth-identifiers: the party's name); "ask a librarian who is
 * working the genealogy desk at …" (twenty-second-openings); "scratch that, call the BMV" (twenty-third-settings: the
 * taken-back reading); the patron's own e-mail or number read back taken as a source (fourteenth-urban, twenty-first-research,
 * two: tried in earlier rounds, it took five older sessions' only source).
 */
import { describeSessions, type Line, type SessionCase, some, usual } from './helpers';

const Q: Line = [0, 'p', 'hi i need some help with something for my job'];
const HI: Line = [24, 'l', 'Hi there, this is Sam, a librarian at Ridgeview Public Library. What is it about?'];
const BYE: Line[] = [[200, 'p', 'ok thank you thats all'], [206, 'l', 'You are welcome, bye!']];
const ref = (text: string): Line[] => [Q, HI, [50, 'p', 'ok so where do i go for this'], [60, 'l', text], ...BYE];

/** The LEFT cases fixed, moved here from their old files. */
const left: SessionCase[] = [
  {
    // from twenty-second-round-referrals-checked.test.ts
    // reading: a domain made of the state library's own name is its URL
    name: '"Contact the Montana State Library about a statewide e-card. The form is at montanastatelibrary.example.org/ecard." passes',
    lines: [
      Q,
      HI,
      [50, 'p', 'i live way out of town, can i get ebooks without driving in'],
      [60, 'l', 'Contact the Montana State Library about a statewide e-card. The form is at montanastatelibrary.example.org/ecard. Did that answer it?'],
      ...BYE,
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // from twenty-second-round-referrals-checked.test.ts
    // two parties, each with its own contact in the sentences after
    name: '"Call the Tenant Union or Ridgeview Legal Aid this week. The Tenant Union\'s hotline is 555-310-2200. Ridgeview Legal Aid takes intake at ridgeviewlegalaid.example.org." passes',
    lines: [
      Q,
      HI,
      [50, 'p', 'my landlord says i have to be out in 5 days'],
      [60, 'l', "Call the Tenant Union or Ridgeview Legal Aid this week. The Tenant Union's hotline is 555-310-2200. Ridgeview Legal Aid takes intake at ridgeviewlegalaid.example.org. Did that answer it?"],
      ...BYE,
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    // from twentieth-round-falsepass.test.ts
    // fixed by v29 D2's `namedClauseD2`
    name: 'LEFT: two parties, Legal Aid with its phone and the renters\' union with none: referral fails',
    lines: [
      [0, 'p', "my landlord won't return my deposit, where do I even start"],
      [27, 'l', "Hi! I'm Tamika, a librarian at Enoch Pratt Free Library. Which county is the rental in, and how long ago did you move out?"],
      [80, 'p', 'baltimore city, like 6 weeks ago'],
      [88, 'l', 'Let me pull up the tenant resources.'],
      [160, 'l', "Maryland landlords have 45 days to return a deposit. The Attorney General's guide is at marylandattorneygeneral.gov/Pages/CPD/landlord-tenant.aspx. For free advice, call Maryland Legal Aid at 410-951-7777, and you can also talk to the Baltimore Renters United organizers at their Tuesday meetings. Is that what you were looking for?"],
      [230, 'p', 'yes, this helps a lot. thats all'],
      [236, 'l', 'Good luck, and thanks for chatting with Pratt!'],
    ],
    exp: usual({ referral: 'fail' }),
  },
  {
    // from twenty-fourth-round-dense.test.ts
    // fixed by v29 D2's `numberToCallD2`
    // reading: the number before the party's name, in the same sentence, is the party's way to reach them
    name: 'Frederick County, a barking dog: "301-600-1544 is the number to call: that\'s Frederick County Animal Control", the county code\'s page',
    lines: [
      [0, 'p', 'my neighbors dog barks all night, who do I complain to'],
      [50, 'l', "Hi, thanks for reaching out to Frederick County Public Libraries' chat, I'm Sam. Is your home inside the City of Frederick, or out in the county?"],
      [88, 'p', 'county, near walkersville'],
      [97, 'l', "Then 301-600-1544 is the number to call: that's Frederick County Animal Control, and they take noise complaints about dogs. The county's rules on barking are at frederickcountymd.gov/animalcontrol if you want to read them first. Does that help?"],
      [140, 'p', 'yes thanks, thats all i needed'],
      [147, 'l', "You're welcome, good luck! Goodbye."],
    ],
    exp: usual({ referral: 'pass' }),
  },
];

/** The same behaviours in other words (labelled from RUBRIC.md before the scorer was run). */
const other: SessionCase[] = [
  // nameLabelD2: a domain that spells the party's whole name
  {
    name: 'formal: "Please get in touch with the Hennepin History Museum regarding the photographs. The application form may be found at hennepinhistorymuseum.example.org/requests." passes',
    lines: ref('Please get in touch with the Hennepin History Museum regarding the photographs. The application form may be found at hennepinhistorymuseum.example.org/requests. Does that help?'),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'British: "Do ring the Wiltshire Record Office about the parish registers. The parish guide is at wiltshirerecordoffice.example.org.uk/visit." passes',
    lines: ref('Do ring the Wiltshire Record Office about the parish registers. The parish guide is at wiltshirerecordoffice.example.org.uk/visit. Does that help?'),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'chat-speak: "u should contact the food shelf network abt that. the signup form is at foodshelfnetwork.example.org" passes',
    lines: ref('u should contact the food shelf network abt that. the signup form is at foodshelfnetwork.example.org. that help?'),
    exp: some({ referral: 'pass' }),
  },
  // firstLaterD2: two parties in the first sentence, each reached in a later sentence that names it
  {
    name: 'formal: "Please contact the Housing Authority or the Legal Aid Society. The Housing Authority\'s hotline is 555-410-2300. The Legal Aid Society takes intake at legalaidsociety.example.org." passes',
    lines: ref("Please contact the Housing Authority or the Legal Aid Society. The Housing Authority's hotline is 555-410-2300. The Legal Aid Society takes intake at legalaidsociety.example.org. Does that help?"),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'chat-speak: "u could call the renters union or Eastside Legal Aid. the renters union hotline is 555-310-2200. Eastside Legal Aid takes intake at …" passes',
    lines: ref('u could call the renters union or Eastside Legal Aid. the renters union hotline is 555-310-2200. Eastside Legal Aid takes intake at eastsidelegalaid.example.org. that help?'),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'formal, the second party by its own verb: "…The Housing Authority\'s hotline is 555-410-2300. You can also email the Legal Aid Society at intake@legalaid.example.org." passes',
    lines: ref("Please contact the Housing Authority or the Legal Aid Society. The Housing Authority's hotline is 555-410-2300. You can also email the Legal Aid Society at intake@legalaid.example.org. Does that help?"),
    exp: some({ referral: 'pass' }),
  },
  // numberToCallD2: a number said to be the one to call
  {
    name: 'British: "For you, 0300 123 3000 is the number to ring: that is the council\'s housing options team." passes',
    lines: ref("For you, 0300 123 3000 is the number to ring: that is the council's housing options team. Does that help?"),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'chat-speak: "ok so 555-310-2200 would be the best number to call, thats the tenant union hotline" passes',
    lines: ref('ok so 555-310-2200 would be the best number to call, thats the tenant union hotline. that help?'),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'formal: "410-767-6500 will be the appropriate number to call; it is the Maryland Department of Labor\'s claimant line." passes',
    lines: ref("410-767-6500 will be the appropriate number to call; it is the Maryland Department of Labor's claimant line. Does that help?"),
    exp: some({ referral: 'pass' }),
  },
  // namedClauseD2: a second party named in capitals after a verb of getting in touch, with a pronoun after it
  {
    name: 'academic: "Email the Writing Center at writing@example.edu, and check with Dr. Alvarez about their deadline." gives Dr. Alvarez none: fails',
    lines: ref('Email the Writing Center at writing@example.edu, and check with Dr. Alvarez about their deadline. Does that help?'),
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'formal: "Kindly contact the Tenant Advocacy Office at 555-310-2200, and also speak with Habitat Partners regarding their repair grants." fails',
    lines: ref('Kindly contact the Tenant Advocacy Office at 555-310-2200, and also speak with Habitat Partners regarding their repair grants. Does that help?'),
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'chat-speak: "call legal aid at 410-951-7777 and also talk to Renters Alliance, they do free workshops" fails',
    lines: ref('call legal aid at 410-951-7777 and also talk to Renters Alliance, they do free workshops. that help?'),
    exp: some({ referral: 'fail' }),
  },
];

/** Near misses: the same words for something else; they must not change. */
const guards: SessionCase[] = [
  {
    // a domain with part of the name only: the form's page, not the party's
    name: 'near miss: "Contact the Montana State Library about a statewide e-card. The form is at mt.gov/ecard." fails',
    lines: ref('Contact the Montana State Library about a statewide e-card. The form is at mt.gov/ecard. Does that help?'),
    exp: some({ referral: 'fail' }),
  },
  {
    // another party's domain that opens with the same state word
    name: 'near miss: "Contact the Montana State Library about an e-card. The form is at montanalegalservices.example.org/ecard." fails',
    lines: ref('Contact the Montana State Library about an e-card. The form is at montanalegalservices.example.org/ecard. Does that help?'),
    exp: some({ referral: 'fail' }),
  },
  {
    // the later sentences reach only the second party
    name: 'near miss: "Call the Tenant Union or Ridgeview Legal Aid this week. Ridgeview Legal Aid takes intake at ridgeviewlegalaid.example.org." fails',
    lines: ref('Call the Tenant Union or Ridgeview Legal Aid this week. Ridgeview Legal Aid takes intake at ridgeviewlegalaid.example.org. Did that answer it?'),
    exp: some({ referral: 'fail' }),
  },
  {
    // the later sentence names the first party but gives no way to reach it
    name: 'near miss: "Call the Tenant Union or Ridgeview Legal Aid. The Tenant Union meets on Tuesdays. Ridgeview Legal Aid takes intake at …" fails',
    lines: ref('Call the Tenant Union or Ridgeview Legal Aid this week. The Tenant Union meets on Tuesdays at the community center. Ridgeview Legal Aid takes intake at ridgeviewlegalaid.example.org. Did that answer it?'),
    exp: some({ referral: 'fail' }),
  },
  {
    // the later sentences name only the second party, twice: the first is never reached
    name: 'near miss: "Please contact the Housing Authority or the Legal Aid Society. The Legal Aid Society\'s hotline is 555-410-2300. The Legal Aid Society takes intake at …" fails',
    lines: ref("Please contact the Housing Authority or the Legal Aid Society. The Legal Aid Society's hotline is 555-410-2300. The Legal Aid Society takes intake at legalaidsociety.example.org. Does that help?"),
    exp: some({ referral: 'fail' }),
  },
  {
    // no number before "the number to call"
    name: 'near miss: "The number to call is on the letter they sent you." is no referral',
    lines: ref('The number to call is on the letter they sent you. Does that help?'),
    exp: some({ referral: 'na' }),
  },
  {
    // the patron's own number: "call you" contacts the patron
    name: 'near miss: "So 443-555-0139 is the best number to call you at tomorrow." is no referral',
    lines: ref('So 443-555-0139 is the best number to call you at tomorrow.'),
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "443-555-0139 is the number we have on file for you." is no referral',
    lines: ref('443-555-0139 is the number we have on file for you.'),
    exp: some({ referral: 'na' }),
  },
  {
    // a pronoun, no name: one party
    name: 'near miss: "For free advice, call Maryland Legal Aid at 410-951-7777, and talk to them about your lease." passes',
    lines: ref('For free advice, call Maryland Legal Aid at 410-951-7777, and talk to them about your lease. Does that help?'),
    exp: some({ referral: 'pass' }),
  },
  {
    // the second party named, with its own number
    name: 'near miss: "…call Maryland Legal Aid at 410-951-7777, and you can also talk to Baltimore Renters United at 410-555-0101." passes',
    lines: ref('For free advice, call Maryland Legal Aid at 410-951-7777, and you can also talk to Baltimore Renters United at 410-555-0101. Does that help?'),
    exp: some({ referral: 'pass' }),
  },
  {
    // "there": the person is at the party called
    name: 'near miss: "Call the clinic at 555-201-0400 and speak to Dr. Alvarez there." passes',
    lines: ref('Call the clinic at 555-201-0400 and speak to Dr. Alvarez there. Does that help?'),
    exp: some({ referral: 'pass' }),
  },
  {
    // "Contact" in capitals inside the sentence is the name's word, no verb (sixteenth-round-benefits' USCIS case)
    name: 'near miss: "…by calling the USCIS Contact Center at 800-375-5283; they set it up for you." passes',
    lines: ref('You can request an appointment at your local USCIS field office by calling the USCIS Contact Center at 800-375-5283; they set it up for you.'),
    exp: some({ referral: 'pass' }),
  },
];

describeSessions('twenty-eighth round (D2): LEFT cases fixed', left);
describeSessions('twenty-eighth round (D2): the same behaviours in other words', other);
describeSessions('twenty-eighth round (D2): near misses of the changes', guards);
