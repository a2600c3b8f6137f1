/**
 * Twenty-second round, area (X2): THE LEFT CASES OF THE FOURTEENTH TO NINETEENTH ROUNDS, and the near misses of their
 * fixes. Each fix of block X2 (rubric v23) has here a second wording of the behaviour it now catches and the near misses it
 * must not change, labelled from the literal text of RUBRIC.md before running the scorer:
 * - an update promised "within a couple of minutes" or "within this chat" is a hold, no follow-up promise (Terms: a
 *   follow-up session is a promise "to send or find more later"); the same words with a delivery by e-mail, or days, are
 *   promises;
 * - "the word for hello", "how to say hello" talk about a greeting word and greet nobody;
 * - "anything else by this author you liked?" asks about the patron's taste (a clarifying question), not whether they need
 *   anything else; "Anything eels I can help with?" (a phone's autocorrect) offers more help;
 * - "So the landlord gave you a notice but you're on a lease" restates the patron's situation (clarify: "restates the
 *   question"); "So the library gives you three renewals" informs;
 * - an earlier sentence's URL of an agency is no way to reach a person of a kind sharing only its first word ("The Social
 *   Security Administration … ssa.gov" before "ask a social worker at the hospital");
 * - a when typed as its own message may carry a condition ("within 2 business days if that's ok");
 * - "llamé / pregunté / consulté a la oficina", accented as written, report the provider's own call (staff consulted on the
 *   patron's behalf: no referral); "llame" is the imperative;
 * - the library's own number given as the alternative ("…, or 614-555-0199, our reference line") is no way to reach the
 *   party referred to.
 * Readings taken where the rubric leaves room (each also at its case):
 * - an update "here in this chat" within minutes is a hold even with "as soon as they answer" after it;
 * - a conditional when ("by tomorrow noon if that works for you") says when the information will come;
 * - the library's reference desk, referred to with the library's main line, is reached by that line.
 * The whole cases give ALL 17 checks (`usual()` is an ordinary good session; each case says where it differs); the short
 * ones give a few.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, FU_ME, type Line, type SessionCase, some, usual } from './helpers';

const HI: Line = [20, 'l', 'Hi, this is Jo at Sample County Library.'];

export const whole: SessionCase[] = [
  {
    // reading: "I'll get back to you here in a few minutes" while the provider phones the branch is a hold; the answer
    // comes in the chat: no follow-up session (second wording of the book club kits case)
    name: 'museum pass: "I\'ll call Eastgate and get back to you in a few minutes" then the answer in the chat: a hold, no promise',
    lines: [
      [0, 'p', 'is the zoo pass free this saturday at eastgate'],
      [18, 'l', 'Hello! This is Priya at Sample County Library. Is that for the Saturday morning or the afternoon slot?'],
      [50, 'p', 'morning'],
      [60, 'l', "The museum pass list is at samplecountylibrary.org/passes. I'll call Eastgate about Saturday and get back to you in a few minutes."],
      [150, 'l', 'Eastgate still has one zoo pass for Saturday morning; you can reserve it on that page. Does that answer your question?'],
      [190, 'p', 'yes thats all, thanks'],
      [196, 'l', 'Have fun at the zoo, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "The Dakota word for hello is háu" talks about the word; "This is Ray, librarian at …" says who is answering
    // but nothing greets: greeting fails (second wording of the Leech Lake case)
    name: 'Dakota language: "This is Ray, librarian at Sisseton Wahpeton College. The Dakota word for hello is háu, by the way." greets nobody',
    lines: [
      [0, 'p', 'do you have dakota language books for kids'],
      [25, 'l', 'This is Ray, librarian at Sisseton Wahpeton College. The Dakota word for hello is háu, by the way.'],
      [30, 'l', 'Is this for reading aloud, or for a child learning to read?'],
      [60, 'p', 'reading aloud'],
      [66, 'l', 'The Dakota picture dictionary is in our catalog at swc.example.edu/catalog. Does that help?'],
      [90, 'p', 'yes thats all thank you'],
      [95, 'l', 'Pidamaya, take care!'],
    ],
    exp: usual({ greeting: 'fail' }),
  },
  {
    // reading: restating the patron's situation before the source is what clarify asks for (second wording of the Madison
    // lease case)
    name: 'tax form: "So your employer sent you a 1099 and you\'re not sure where it goes." restates the situation before the IRS page',
    lines: [
      [0, 'p', 'my job sent me a 1099 instead of a w2 and idk where it goes'],
      [20, 'l', "Hi, Jo at Sample County Library. So your employer sent you a 1099 and you're not sure where it goes on the return. One moment."],
      [80, 'l', 'The IRS explains it at irs.gov/forms-pubs/about-form-1099-nec: it goes on Schedule C. Does that answer it?'],
      [120, 'p', 'yes thanks thats all'],
      [125, 'l', 'Good luck with the taxes, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: "Anything eels I can help you find?" is "else" autocorrected: an offer of more help (second wording of the
    // Rochester autocorrect case)
    name: 'autocorrect: "Anything eels I can help you find?" after the answer offers more help',
    lines: [
      [0, 'p', 'how do i renew my card online'],
      [18, 'l', 'Hi! Sam at Sample County Library here. Is your card expired already, or about to expire?'],
      [40, 'p', 'expired last week'],
      [50, 'l', 'You can renew it at samplecountylibrary.org/renew with your card number and PIN. Does that work?'],
      [80, 'p', 'yes'],
      [84, 'l', 'Anything eels I can help you find?'],
      [100, 'p', 'nope'],
      [104, 'l', 'Thanks for chatting, bye!'],
    ],
    exp: usual(),
  },
  {
    // reading: a referral to the county's veterans service officer with the library's own number only as the alternative:
    // the officer has no way to reach them (second wording of the caseworker case)
    name: 'VA claim: "Talk to your county veterans service officer, or 555-201-0100 here at the library if you need the form." (the officer has none)',
    lines: [
      [0, 'p', 'how do i appeal a va disability rating'],
      HI,
      [30, 'l', 'Is this a rating decision from this year?'],
      [50, 'p', 'yes march'],
      [60, 'l', 'The VA explains the three review options at va.gov/decision-reviews. Talk to your county veterans service officer, or 555-201-0100 here at the library if you need the form printed. Does that help?'],
      [90, 'p', 'yes thats all'],
      [95, 'l', 'Take care, bye!'],
    ],
    exp: usual({ greeting: 'pass', referral: 'fail' }),
  },
];

/** A short session: the patron's question, the provider's sign-on, then `lines`. */
const after = (q: string, lines: Line[]): Line[] => [[0, 'p', q], HI, ...lines];

export const short: SessionCase[] = [
  // ---- notPromise: an update within minutes or within the chat (nineteenth round's book club kits and Westgate cases) ---
  {
    name: 'caught: "I\'ll update u here in this chat once circ answers" then the answer: no promise',
    lines: after('did my hold come in', [
      [30, 'l', "Checking with circulation now; I'll update u here in this chat once circ answers."],
      [100, 'l', 'It came in this morning: pick it up at the Main desk. Details at samplecountylibrary.org/holds. Does that help?'],
      [130, 'p', 'yes thanks'],
    ]),
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    name: 'caught: "I\'ll get back to you within 5 minutes" while calling the branch: no promise',
    lines: after('is the Westgate meeting room free tonight', [
      [30, 'l', "Let me call Westgate; I'll get back to you within 5 minutes."],
      [200, 'l', 'Westgate says it is free after 6; book it at samplecountylibrary.org/rooms. Does that help?'],
      [230, 'p', 'yes thanks'],
    ]),
    exp: some({ code: 'pass', contact: 'na', onTime: 'na' }),
  },
  {
    name: 'near miss: "I\'ll update you within 2 business days at the address you gave" is a promise (code Answered fails)',
    lines: after('can you find the 1931 plat of my farm, jo@example.org', [
      [30, 'l', "The 1931 plats are in storage. I'll update you within 2 business days at jo@example.org."],
      [60, 'p', 'ok thanks'],
    ]),
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'near miss: "I\'ll update you in a few minutes, and I\'ll email you the full list by Friday" is still a promise',
    lines: after('i need all the civil war letters you have, jo@example.org', [
      [30, 'l', "I'll update you in a few minutes, and I'll email you the full list at jo@example.org by Friday."],
      [60, 'p', 'ok'],
    ]),
    over: FU_ME,
    exp: some({ code: 'pass', contact: 'pass', onTime: 'pending' }),
  },
  {
    name: 'near miss: "I\'ll get back to you within 3 days by email" is a promise (code Answered fails)',
    lines: after('can you check the archive for my grandfather', [
      [30, 'l', "I'll get back to you within 3 days by email. Is jo@example.org the best address?"],
      [60, 'p', 'yes'],
    ]),
    exp: some({ code: 'fail', contact: 'pass', onTime: 'pending' }),
  },
  // ---- greeting: a greeting word talked about (nineteenth round's Leech Lake case) ---------------------------------------
  {
    name: 'caught: "Jo, Sample County Library. Here\'s how to say hello in Lakota: háu." greets nobody',
    lines: [[0, 'p', 'lakota phrases for a trip?'], [20, 'l', "Jo, Sample County Library. Here's how to say hello in Lakota: háu."], [40, 'l', 'Is it for a class or travel?']],
    exp: some({ greeting: 'fail' }),
  },
  {
    name: 'near miss: "Hello! This is Wanda at the library." then "The Ojibwe word for hello is boozhoo" later: greets',
    lines: [[0, 'p', 'ojibwe apps?'], [20, 'l', 'Hello! This is Wanda at the Leech Lake Tribal College Library. The Ojibwe word for hello is boozhoo.']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Hi there, this is Jo at Sample County Library. You want the word for thank you?" greets',
    lines: [[0, 'p', 'how do you say thank you in cherokee'], [20, 'l', 'Hi there, this is Jo at Sample County Library. You want the word for thank you?']],
    exp: some({ greeting: 'pass' }),
  },
  {
    name: 'near miss: "Hola! Soy Ana de la Biblioteca de Oxnard." greets (a greeting word said, not talked about)',
    lines: [[0, 'p', 'tienen libros en español'], [20, 'l', 'Hola! Soy Ana de la Biblioteca de Oxnard.']],
    exp: some({ greeting: 'pass' }),
  },
  // ---- anything else: the patron's taste, and an autocorrected "else" (nineteenth round's Martian case, Rochester) ----
  {
    name: 'caught: "Anything else from her that you loved?" before the answer asks about taste: anything else fails',
    lines: after('books like Circe please', [
      [30, 'l', 'Anything else from her that you loved?'],
      [60, 'p', 'Song of Achilles'],
      [70, 'l', 'Try "Elektra" by Jennifer Saint, in the catalog at samplecountylibrary.org/catalog. Do those sound good?'],
      [100, 'p', 'yes'],
      [104, 'l', 'Happy reading!'],
    ]),
    exp: some({ clarify: 'pass', anything: 'fail' }),
  },
  {
    name: 'near miss: "Anything else by her I can find for you?" after the answer offers more help',
    lines: after('books like Circe please', [
      [30, 'l', 'Do you like retellings of myths in general?'],
      [60, 'p', 'yes'],
      [70, 'l', 'Try "Elektra" by Jennifer Saint, in the catalog at samplecountylibrary.org/catalog. Does that help?'],
      [100, 'p', 'yes'],
      [104, 'l', 'Anything else by her I can find for you?'],
    ]),
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "Anything else you\'d like to know?" after the answer offers more help',
    lines: after('when does the pool open', [
      [30, 'l', 'Which branch pool do you mean?'],
      [50, 'p', 'Eastgate'],
      [60, 'l', 'Eastgate pool hours are at samplecountylibrary.org/eastgate. Did that help?'],
      [80, 'p', 'yes'],
      [84, 'l', "Anything else you'd like to know?"],
    ]),
    exp: some({ anything: 'pass' }),
  },
  {
    name: 'near miss: "Did the book say anything eels eat in winter?" asks about eels: anything else fails',
    lines: after('need a book about eels for my son', [
      [30, 'l', 'How old is he?'],
      [50, 'p', '8'],
      [60, 'l', '"Eels" by Jen Green is in the catalog at samplecountylibrary.org/catalog. Does that help?'],
      [90, 'p', 'yes we read it'],
      [94, 'l', 'Did the book say anything eels eat in winter?'],
    ]),
    exp: some({ anything: 'fail' }),
  },
  // ---- restatement: the patron's situation restated (eighteenth round's Madison lease case) --------------------------
  {
    name: 'caught: "So the clinic charged you twice and you\'ve already paid one." restates before the source',
    lines: after('the clinic billed me twice', [
      [30, 'l', "So the clinic charged you twice and you've already paid one."],
      [60, 'l', 'The state consumer office explains disputes at consumer.example.gov/billing. Does that help?'],
    ]),
    exp: some({ clarify: 'pass' }),
  },
  {
    name: 'near miss: "So the library gives you three renewals, and you can renew online at …" informs: clarify fails',
    lines: after('how many times can i renew', [[30, 'l', 'So the library gives you three renewals, and you can renew online at samplecountylibrary.org/account. Does that help?']]),
    exp: some({ clarify: 'fail' }),
  },
  {
    name: 'near miss: "So the state gave us a grant and we\'re adding hours" is no restatement: clarify fails',
    lines: after('why are you open sundays now', [[30, 'l', "So the state gave us a grant and we're adding hours. The new hours are at samplecountylibrary.org/hours."]]),
    exp: some({ clarify: 'fail' }),
  },
  // ---- personHeadX2: a person of a kind and an agency's URL (eighteenth round's workforce and social worker cases) -----
  {
    name: 'caught: "The Department of Veterans Affairs explains the GI Bill at va.gov/education. Ask a veterans counselor at your college too." fails',
    lines: after('how do i use my gi bill', [[30, 'l', 'The Department of Veterans Affairs explains the GI Bill at va.gov/education. Ask a veterans counselor at your college about certification too.']]),
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "The Texas Workforce Commission explains benefits at twc.texas.gov. Ask the Workforce Commission about training." passes',
    lines: after('i got laid off', [[30, 'l', 'The Texas Workforce Commission explains benefits at twc.texas.gov/jobseekers. Ask the Workforce Commission about paid training too.']]),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "The Legal Aid Society explains evictions at legalaid.example.org. Ask a Legal Aid attorney there." shares two words: passes',
    lines: after('my landlord wants me out', [[30, 'l', 'The Legal Aid Society explains evictions at legalaid.example.org. Ask a Legal Aid attorney there about your notice.']]),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "The CFPB explains overdraft rules at consumerfinance.gov. You can file a complaint with the CFPB." passes',
    lines: after('my bank keeps charging overdraft fees', [[30, 'l', 'The CFPB explains overdraft rules at consumerfinance.gov/ask-cfpb. If the bank will not budge, you can file a complaint with the CFPB as well.']]),
    exp: some({ referral: 'pass' }),
  },
  // ---- splitConditionX2: a when typed on its own with a condition (nineteenth round's chapter scan case) -------------
  {
    name: 'caught: "I\'ll e-mail the article to you" / "by tomorrow noon if that works for you": contact passes',
    lines: [
      [0, 'p', 'can i get the 1962 Science article on the maser, ana@example.edu'],
      [20, 'l', "Hello! I'm Dev at Parks Library. Thanks, ana@example.edu. I'll e-mail the article to you"],
      [25, 'l', 'by tomorrow noon if that works for you'],
      [40, 'p', 'ok'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'ana@example.edu', phone: null } },
    exp: some({ contact: 'pass' }),
  },
  {
    name: 'near miss: "I\'ll send the scan to you" / "on Monday the scanner is back if all goes well": no when for the scan',
    lines: [
      [0, 'p', 'can i get chapter 2 scanned, ana@example.edu'],
      [20, 'l', "Hello! I'm Dev at Parks Library. Thanks, ana@example.edu. I'll send the scan to you"],
      [25, 'l', 'on Monday the scanner is back if all goes well'],
      [40, 'p', 'ok'],
    ],
    over: { ...FU_ME, patron: { name: null, email: 'ana@example.edu', phone: null } },
    exp: some({ contact: 'fail' }),
  },
  // ---- preteriteEsX2: the provider's own call in Spanish (nineteenth round's San Antonio cases) -----------------------
  {
    name: 'caught: "Llamé al consulado ayer y me confirmaron que abren el sábado." is the provider\'s own call: no referral',
    lines: [[0, 'p', 'el consulado abre el sabado?'], [20, 'l', 'Hola, soy Ana de la Biblioteca de Oxnard. Llamé al consulado ayer y me confirmaron que abren el sábado de 9 a 1.']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'caught: "Consulté con la oficina del condado y dicen que sí." is the provider\'s own question: no referral',
    lines: [[0, 'p', 'puedo pagar el impuesto en partes?'], [20, 'l', 'Hola, soy Ana de la Biblioteca de Oxnard. Consulté con la oficina del condado y dicen que sí, en dos pagos.']],
    exp: some({ referral: 'na' }),
  },
  {
    name: 'near miss: "Llame a la oficina de vivienda al 210-555-0100." refers with its number: passes',
    lines: [[0, 'p', 'califico para ayuda de renta?'], [20, 'l', 'Hola, soy Ana de la Biblioteca de San Antonio. Llame a la oficina de vivienda al 210-555-0100.']],
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "Yo llamé ayer, pero usted llame a la oficina de vivienda" still refers, with no contact: fails',
    lines: [[0, 'p', 'califico para ayuda de renta?'], [20, 'l', 'Hola, soy Ana de la Biblioteca de San Antonio. Yo llamé ayer, pero usted llame a la oficina de vivienda para su caso.']],
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "pregunte a la oficina del condado" (the imperative, unaccented) refers with no contact: fails',
    lines: [[0, 'p', 'el dueño no me devuelve el deposito'], [20, 'l', 'Hola, soy Ana de la Biblioteca de San Antonio. Sobre el depósito, pregunte a la oficina del condado.']],
    exp: some({ referral: 'fail' }),
  },
  // ---- ownNumberX2: the library's own number as the alternative (eighteenth and nineteenth rounds' altContactSM cases) -
  {
    name: 'caught: "Ask your landlord, or call 555-201-0100 here at the library if you need the form." (the landlord has none)',
    lines: after('how do i get my deposit back', [[30, 'l', 'Ask your landlord for an itemized list first, or call 555-201-0100 here at the library if you need the form.']]),
    exp: some({ referral: 'fail' }),
  },
  {
    name: 'near miss: "Call the reference desk, or 555-201-0100, our main line." (the library itself): passes',
    lines: after('who can help me with genealogy', [[30, 'l', 'Call the reference desk, or 555-201-0100, our main line, and ask for the genealogy hours.']]),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "Call your caseworker at 614-555-0100, or 614-555-0199, our reference line." (the party\'s own number first): passes',
    lines: after('when is my snap recertification due', [[30, 'l', 'Call your caseworker at 614-555-0100, or 614-555-0199, our reference line, if you want us to look it up.']]),
    exp: some({ referral: 'pass' }),
  },
  {
    name: 'near miss: "Call the county clerk at 555-201-0199, or our reference line if you get stuck." passes',
    lines: after('how do i get a marriage license copy', [[30, 'l', 'Call the county clerk at 555-201-0199, or our reference line if you get stuck.']]),
    exp: some({ referral: 'pass' }),
  },
];

/** Cases labelled from RUBRIC.md that the scorer still gets wrong (not run). */
export const LEFT: SessionCase[] = [];

describe('twenty-second round (X2): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describeSessions('twenty-second round (X2): the middle rounds\' left cases, every check', whole);
describeSessions('twenty-second round (X2): the middle rounds\' left cases, short cases', short);

describeLeft('twenty-second-round-left-middle', LEFT);
