/**
 * Eighteenth round, the merge's block (SM): the five cases the seventeenth round left, now run in their own files
 * (seventeenth-round-falsepass.test.ts and seventeenth-round-consumer.test.ts), and these short cases guarding each change
 * from both sides.
 * - `negatedWhoSM`: the reply to "who do I call?" that tells the patron not to call ("No, …, so don't call the number on the
 *   back of your EBT card for this; it's a library fine") answers with no one; a party the reply still sends the patron to
 *   ("Don't call the DMV for this one; call the County Treasurer's office at …") is a referral of its own.
 * - `serviceHereSM`: "Ask Sac here, this is Lena from Sacramento Public Library" and "hi! Ask Evansville Library, Mo here."
 *   opening the first message are the service's name (the second run since the merge in the delivery round's file: "Ask
 *   Tulsa City-County Library, this is Dee."); "Ask Legal Aid, I'm sure they can help" after the introduction, and a
 *   referral later in the chat, still count.
 * - `altContactSM`: "Llame al número que está atrás de su tarjeta, o al 1-800-935-9935 de Chase": a call whose alternative
 *   object is a phone number is a contact verb with a phone as its object (v9 T's reading of "call 410-479-8080").
 * - `completeness` (v1's "does that … work?"): "Does that square with your work schedule?" asks about the patron's
 *   schedule, not whether the answer works; "Does that work for your class schedule?" still asks.
 * - `subjectUrlSM`: "The CFPB explains overdraft rules at consumerfinance.gov/ask-cfpb. …, you can file a complaint with the
 *   CFPB as well": the URL of a sentence whose subject is the referred party is the party's.
 *
 * - S3's "takes complaints at …" (`referralCanHelp`) without "applications" or "online": "… takes applications online at
 *   pima.gov/…" is a form on a page (a fifteenth-round case read it so), not a party to contact.
 *
 * Readings (RUBRIC.md, Terms, "Referral": "telling the patron to contact or visit a person or organisation outside the
 * chat"): telling the patron NOT to contact someone refers them to no one. A URL after a thing the sentence explains stays
 * that thing's (the sixteenth round's reading) unless the sentence's subject is the party itself.
 */
import { describeSessions, type SessionCase, some } from './helpers';

export const short: SessionCase[] = [
  {
    name: 'asked who to call, told "Don\'t call the DMV for this one; call the County Treasurer\'s office at 555-201-4400": the treasurer is a referral with its phone (passes)',
    lines: [
      [0, 'p', 'who do i call about my car registration'],
      [20, 'l', "Hi, Jo at Sample County Library. Don't call the DMV for this one; call the County Treasurer's office at 555-201-4400, they handle registration fees. Does that help?"],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'asked who to call, told "No need to call anyone, you can renew online at dmv.example.gov/renew": no referral (na)',
    lines: [
      [0, 'p', 'who do i call to renew my license'],
      [20, 'l', 'Hi, Jo at Sample County Library. No need to call anyone, you can renew online at dmv.example.gov/renew. Does that help?'],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "Don\'t call, just go to the DMV office on Main Street" still sends the patron to the DMV, with no way to reach it (fails)',
    lines: [
      [0, 'p', 'who do i call to renew my license'],
      [20, 'l', "Hi, Jo at Sample County Library. Don't call, just go to the DMV office on Main Street. Does that help?"],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "Ask Sac here" opens the chat, then "visit a DMV field office in person" with no way to reach it (fails)',
    lines: [
      [0, 'p', 'Do I have to go to the DMV to renew my license?'],
      [28, 'l', 'Good afternoon, Ask Sac here, this is Lena from Sacramento Public Library. Are you under 70?'],
      [80, 'p', 'no, 72'],
      [92, 'l', 'Then you will need to visit a DMV field office in person. Does that help?'],
    ],
    exp: some({ referral: 'fail', clarify: 'pass' }),
  },
  {
    name: '"hi! Ask Evansville Library, Mo here." opens an SMS chat: the service\'s name and the provider, no referral (na)',
    lines: [
      [0, 'p', 'can u scan the obits page from the courier mar 3 1998'],
      [25, 'l', 'hi! Ask Evansville Library, Mo here. u mean the Evansville Courier & Press?'],
      [55, 'p', 'yes'],
      [65, 'l', 'ok the scan is up at evpl.example.org/scans/courier-1998-03-03. did that answer it?'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss: "Hello, this is Jo at Tulsa Library. Ask Legal Aid, I\'m sure they can help." (after the introduction, a party to ask, no contact) (fails)',
    lines: [
      [0, 'p', 'my landlord kept my whole deposit'],
      [25, 'l', "Hello, this is Jo at Tulsa Library. Ask Legal Aid, I'm sure they can help."],
      [55, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"Hi, Ask Colorado here, I\'m Pat at Denver Public Library" then "call the Secretary of State at 303-555-0147": the referral has its phone (passes)',
    lines: [
      [0, 'p', 'how do i register a small business name in colorado'],
      [25, 'l', "Hi, Ask Colorado here, I'm Pat at Denver Public Library. Trade names are filed online at sos.state.co.us; for questions, call the Secretary of State at 303-555-0147. Does that answer it?"],
      [70, 'p', 'yes thanks'],
    ],
    exp: some({ referral: 'pass', source: 'pass' }),
  },
  {
    name: '"Call the number on your statement, or 1-888-555-0142, and ask for the fraud team": a call with a phone as its alternative (passes)',
    lines: [
      [0, 'p', 'someone used my credit card online'],
      [20, 'l', 'Hi, Jo at Sample County Library. Call the number on your statement, or 1-888-555-0142, and ask for the fraud team. Does that help?'],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "Llámenos a la biblioteca, o al 555-410-0100" is the library itself: no referral (na)',
    lines: [
      [0, 'p', 'como saco la tarjeta de la biblioteca'],
      [20, 'l', 'Hola, soy Jo de la Biblioteca del Condado. Puede sacarla en línea en samplelib.org/tarjeta. Si tiene dudas, llámenos a la biblioteca, o al 555-410-0100. ¿Le sirve?'],
      [60, 'p', 'si gracias'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
  {
    name: 'near miss: "Does that work for your class schedule?" after the answer still asks whether it works (passes)',
    lines: [
      [0, 'p', 'can i get help with excel'],
      [20, 'l', 'Hi, Jo at Sample County Library. LinkedIn Learning is free with your card at samplelib.org/linkedin. Does that work for your class schedule?'],
      [60, 'p', 'yes'],
      [66, 'l', 'Great. Bye!'],
    ],
    exp: some({ complete: 'pass', source: 'pass' }),
  },
  {
    name: 'near miss: "The overdraft rules are at consumerfinance.gov/ask-cfpb" (the rules\', not the CFPB\'s as subject), then "file a complaint with the CFPB" (fails)',
    lines: [
      [0, 'p', 'my bank charged me 6 overdraft fees in one day'],
      [20, 'l', 'Hi, Jo at Tulsa City-County Library. Did you ask the bank to waive them?'],
      [50, 'p', 'they said no'],
      [56, 'l', "The overdraft rules are at consumerfinance.gov/ask-cfpb. If the bank won't budge, you can file a complaint with the CFPB as well. Does that help?"],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "The FTC explains what to do at consumer.ftc.gov. Also report it to your bank today." (the FTC\'s site, the bank with none) (fails)',
    lines: [
      [0, 'p', 'i got scammed on facebook marketplace'],
      [20, 'l', 'Hi, Jo at Sample County Library. The FTC explains what to do at consumer.ftc.gov. Also report it to your bank today. Does that help?'],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'fail' }),
  },
  {
    name: '"The Housing Authority posts its waitlist at hacsc.example.org. Call the Housing Authority to get on it." (the subject\'s own site) (passes)',
    lines: [
      [0, 'p', 'how do i get on section 8'],
      [20, 'l', 'Hi, Jo at Sample County Library. The Housing Authority posts its waitlist dates at hacsc.example.org. Call the Housing Authority when it opens to get on it. Does that help?'],
      [60, 'p', 'ok'],
    ],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss (S3\'s "takes complaints at …"): "The county\'s eviction prevention program takes applications online at pima.gov/rentalassistance" is a form on a page: a source, no referral (na)',
    lines: [
      [0, 'p', 'is there any rent help in pima county'],
      [25, 'l', "Hi, you've reached Pima County Public Library's chat, I'm Kelly. The county's eviction prevention program takes applications online at pima.gov/rentalassistance. Did that help?"],
      [60, 'p', 'yes thanks'],
    ],
    exp: some({ referral: 'na', source: 'pass' }),
  },
];

describeSessions('eighteenth round (SM): cases left by the seventeenth round, and their near misses', short);
