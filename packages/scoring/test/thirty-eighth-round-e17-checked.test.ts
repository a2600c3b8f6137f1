/**
 * Thirty-eighth round, block E17 (a second wave): CHECKING v39's BLOCK G15 (scams and fraud) both ways, in other areas than
 * scams: banking (a strange debit, a credit union), taxes (a return filed with the patron's SSN), school (a son's hacked school
 * e-mail, a lunch account), social media (a hacked Instagram), travel (a fake booking site, a card dispute), housing (a rental
 * deposit sent on Zelle), and a Spanish card charge; short cases, each after the patron's answer to a clarifying question.
 *
 * PARAPHRASE SWEEP. Shapes tried, in American, British, non-native, chat-speak, terse, warm and scripted English and Spanish:
 *  outside parties' calls (no promise): "Your credit union will text you a verification code", "the card issuer should mail you
 *   a replacement card", "the FTC will send you a recovery plan", "Google will send a code to his recovery email", "instagram
 *   will email u a link", "your card issuer will contact you once …", "usually a detective will call you back", "an APS
 *   caseworker will reach out to you", "Fraud dept will ring you.", "Experian will send you a PIN by mail", "Meta should email
 *   you a recovery link", "The police will ring you back", "la compañía de su tarjeta le enviará una tarjeta nueva", "la policía
 *   lo va a llamar", "Las agencias de crédito le enviarán una carta"; the provider's own still read: "I'll call you tomorrow
 *   after …", "Our tax-help volunteers will call you on Tuesday", "My colleague in the teen room will email you …", "The police
 *   will call you …, and we will email you … tomorrow", "I will phone you Thursday", "Su banco le llamará, pero yo le llamaré el
 *   lunes", "El banco le llamará; nosotros le escribiremos el viernes";
 *  "report <an amount> to": "Report the $1,200 to your bank at … 1-800-…", "Report the 450 dollars to your card issuer at …",
 *   "report the 60 dollars to the school office at 410-…", "Report the $800 to your bank today" (no contact: fails); not: "The
 *   bank will report the $800 to the IRS on a 1099-INT", "a report about the $800", "A real landlord has to report the $1,200 to
 *   the county escrow office", "we report the $800 to the bureau only if unpaid";
 *  "tell": "Please tell the police: the non-emergency line is …", "then tell the police at the airport, 410-…", "Tell your card
 *   issuer the site was fake" (LEFT); not: "Tell me what the bank said", "The Big Short tells the story of the banks", "I can't
 *   tell the bank for you", "Can you tell your bank apart from a scam text?", "Scam ads tell you your bank is closing";
 *  Spanish: "Avísele a la compañía de su tarjeta al 1-800-…", "Denúncielo ante la policía al 410-…", "Notifique a las agencias
 *   de crédito" (no contact, LEFT); not: "Yo ya lo reporté a nuestro gerente", "el banco de alimentos del condado", "un banco del
 *   parque", "el banco de datos de reportefraude.ftc.gov", and in English "The credit union's website, ncua.gov";
 *  completeness: "Does that clear up whether you still need to file?", "Did this clear up how he gets back in?", "does that
 *   clear up what 2 do?"; not: "Will the letter clear up whether you owe it?", "vinegar will clear up the stains", "The storm
 *   will clear up by noon", "Glad your rash cleared up".
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before the scorer ran. Readings taken where it leaves room (the
 * same as G15's): an outside party's call, letter or code is no promise of the provider's, the library's own people ("our /
 * my", "the library's") and the provider's own "I'll / we will / yo / nosotros" in the sentence are; "report <an amount> to
 * <party> at <its phone>" and "tell <the police>" in the imperative tell the patron to contact that party; a URL that is not
 * the party's own ("Vea reportefraude.ftc.gov" after "Notifique a las agencias de crédito") gives it no contact; "does / did
 * that clear up whether / how / what …" asks whether the information settles the need, "will … clear up" does not.
 *
 * Written: 62 cases, all labelled before running: a first batch of 38 short cases, a second batch of 14 probing other words
 * of G15's changes, 4 near misses and a check of E17's fix (`guards`), and a third batch of 6 (more parties and orders: "Call
 * your credit union at 1-800-…", "Repórtelo al banco" with no number, "la FTC le enviará un plan", "Did the information
 * clear up which form …?", "The IRS letter should clear up whether …", "the fake landlord may call you again"). Run: 60; LEFT: 2. Labels corrected: 0 (one near
 * miss, the stains case, was rewritten before it was counted: as first written it held a "does that clear up whether …"
 * question of its own, so it tested nothing).
 * First run (38): 2 disagreed, both referral.contact: "Tell your card issuer the site was fake. The FTC explains chargebacks at
 * consumer.ftc.gov." read na (LEFT) and "Notifique a las agencias de crédito … Vea reportefraude.ftc.gov." read pass (LEFT).
 * Second run (14): 1 disagreed, followup.contact / resolution.code: "Fraud dept will ring you." read as the provider's promise
 * (G15's verbs have "call" and "phone", not the British "ring"): fixed. Third run (the 4 `guards`): none disagreed. Fourth
 * run (the third batch, 6): none disagreed.
 *
 * Fixed in block E17 (v39 only, a swap of G15's English alternative of fraud parties' calls in `notPromise`): "ring" beside
 * "call / contact / phone" ("Fraud dept will ring you.", "The police will ring you back"), with all of G15's guards kept
 * [near misses: "The fraud dept will ring you, and I'll ring you on Friday too", "Our fraud watch volunteers will ring you on
 * Monday", "The library's fraud watch team will ring you on Monday": all three fail when the fix is made too wide (a bare
 * "will ring you" alternative, tried, then restored)].
 * Not changed: G15's block (its test file passes unchanged); the other G15 changes read every case of theirs as labelled.
 *
 * LEFT (2): "Tell your card issuer the site was fake" (no contact) reads na: "the site / website" right after the told party
 * keeps an older reading from taking the referral ("Tell your bank the website was fake" reads na too, "Tell your bank the
 * hotel was fake" and "Tell your bank that the site was fake" fail as labelled), outside G15's words and not found in time;
 * "Notifique a las agencias de crédito … Vea reportefraude.ftc.gov." reads pass: the next sentence's URL lent to the party,
 * the older attribution G15 also left (referral.ts).
 *
 * Final run: this file, rubric.test.ts, every thirty-sixth-, thirty-seventh- and thirty-eighth-round file, and for the fix's
 * word ("ring") twenty-third-round-british, twenty-third-round-antipodes, twenty-sixth-round-promising, thirtieth-round-elders
 * and thirty-first-round-k12-checked (a grep for a fraud party before "will / should … ring you" found no older file).
 * (24 files), 2516 tests, all passed.
 * v39's fingerprint after block E17: 2ae8292af08fce0a.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';

/** A bank-account question (a strange debit) up to the patron's answer. */
const BANK: Line[] = [
  [0, 'p', 'there is a $800 debit on my checking account i did not make, what should i do'],
  [20, 'l', 'Hi, this is Kim at Ask a Librarian. Is your debit card still with you?'],
  [50, 'p', 'yes i have it'],
];
/** A tax question (a refund filed in the patron's name) up to the patron's answer. */
const TAX: Line[] = [
  [0, 'p', 'Good evening. The IRS rejected my e-file because a return was already filed with my SSN. What now?'],
  [20, 'l', 'Good evening, you have reached the Ask Us service; my name is Priya. Did you get a letter from the IRS about it?'],
  [50, 'p', 'Not yet.'],
];
/** A school question (a student's hacked school e-mail) up to the patron's answer. */
const SCHOOL: Line[] = [
  [0, 'p', 'hiya, my sons school email got hacked and its sending rubbish to his class, who do i sort this with?'],
  [20, 'l', 'Hello, Tom here from the library chat. Can he still log in to it?'],
  [50, 'p', 'no he cant'],
];
/** A social-media question (a hacked Instagram) up to the patron's answer. */
const SOCIAL: Line[] = [
  [0, 'p', 'sum1 took over my insta n changed the email, pls help'],
  [20, 'l', 'Hey, Ana at AskUsNow!. Do you still get texts on the phone number on the account?'],
  [50, 'p', 'yea'],
];
/** A travel question (a fake booking site) up to the patron's answer. */
const TRAVEL: Line[] = [
  [0, 'p', 'I paid a hotel booking website with my credit card and the hotel says it has no booking. Was it a fake site?'],
  [20, 'l', "Hi, I'm Lee, a librarian at Sample County Library. Did you pay by credit card or by bank transfer?"],
  [50, 'p', 'Credit card.'],
];
/** A housing question (a rental deposit to a fake landlord) up to the patron's answer. */
const HOUSING: Line[] = [
  [0, 'p', 'I sent a $1,200 deposit on Zelle for an apartment and now the landlord does not answer. Please help me.'],
  [20, 'l', 'Hello, this is Kim, a librarian with Ask a Librarian. Did you see the apartment in person?'],
  [50, 'p', 'No, only photos.'],
];
/** A Spanish question (a charge on a card) up to the patron's answer. */
const ES: Line[] = [
  [0, 'p', 'buenas, tengo un cargo de 300 dolares en mi tarjeta que no hice, que hago'],
  [20, 'l', 'Buenas tardes, le atiende Marta de AskUsNow!. ¿Todavía tiene la tarjeta con usted?'],
  [50, 'p', 'si la tengo'],
];
/** `base`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const then = (base: Line[], text: string): Line[] => [...base, [70, 'l', text], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']];
/** `ES`, then the provider's `text` at 70 s, the patron's thanks and the goodbye. */
const thenEs = (text: string): Line[] => [...ES, [70, 'l', text], [100, 'p', 'gracias'], [106, 'l', '¡Que le vaya bien, adiós!']];

export const first: SessionCase[] = [
  // ---- outside parties' calls: no promise of the provider's ----------------------------------------------------------
  // RUBRIC: a follow-up is the provider's own promise to contact the patron later; another party's call is none
  { name: 'banking, "Your credit union will text you a verification code" : no follow-up', lines: then(BANK, 'Your credit union will text you a verification code before it reverses the debit; ncua.gov/consumers explains your rights. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'banking, "the card issuer should mail you a replacement card" : no follow-up', lines: then(BANK, 'Once you dispute it, the card issuer should mail you a replacement card within a week; see consumer.ftc.gov/articles/lost-or-stolen-credit-atm-and-debit-cards. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'taxes, "the FTC will send you a recovery plan" : no follow-up', lines: then(TAX, 'File at IdentityTheft.gov and the FTC will send you a recovery plan by e-mail. The IRS steps are at irs.gov/identity-theft. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'school, British, "Google will send a code to his recovery e-mail" : no follow-up', lines: then(SCHOOL, "Google will send a code to his recovery email if he uses the 'forgot password' route at accounts.google.com/signin/recovery. Does that help?"), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'social, chat-speak, "instagram will email u a link" : no follow-up', lines: then(SOCIAL, 'instagram will email u a link if u go to instagram.com/hacked n pick the phone option. that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'travel, "Your card issuer will contact you once the dispute is reviewed" : no follow-up', lines: then(TRAVEL, 'Dispute the charge; your card issuer will contact you once the dispute is reviewed. The FTC explains chargebacks at consumer.ftc.gov/articles/using-credit-cards-and-disputing-charges. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'housing, "a detective will call you back" : no follow-up', lines: then(HOUSING, 'File a report with the police; usually a detective will call you back within a few days. The FTC rental-scam page is consumer.ftc.gov/articles/rental-listing-scams. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'elder, "An APS caseworker will reach out to you" : no follow-up', lines: then(BANK, 'If you think a relative is taking it, an APS caseworker will reach out to you after you call; see napsa-now.org. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  // the provider's own promise is still read
  { name: 'banking, "I\'ll call you tomorrow after I check with the credit union" : a follow-up', lines: then(BANK, "Your credit union will decide; I'll call you tomorrow after I find its dispute form. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'taxes, "Our tax-help volunteers will call you on Tuesday" (the library\'s own) : a follow-up', lines: then(TAX, 'Our tax-help volunteers will call you on Tuesday to go through Form 14039 with you. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'school, "My colleague in the teen room will e-mail you the steps" : a follow-up', lines: then(SCHOOL, 'My colleague in the teen room will email you the steps for the school account tonight. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'housing, "We will e-mail you the tenant-rights list, and the police will call you" : a follow-up', lines: then(HOUSING, 'The police will call you about the report, and we will email you the tenant-rights list tomorrow. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  // Spanish
  { name: 'Spanish, "la compañía de su tarjeta le enviará una tarjeta nueva" : no follow-up', lines: thenEs('La compañía de su tarjeta le enviará una tarjeta nueva; vea reportefraude.ftc.gov. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'Spanish, "la policía lo va a llamar" : no follow-up', lines: thenEs('Si hace la denuncia, la policía lo va a llamar con un número de caso; vea reportefraude.ftc.gov. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'Spanish, "yo le llamaré el lunes" with "su banco le llamará" : a follow-up', lines: thenEs('Su banco le llamará, pero yo le llamaré el lunes para ver cómo va. ¿Le sirve?'), exp: some({ contact: 'fail', code: 'fail' }) },
  // ---- "report <an amount> to" ---------------------------------------------------------------------------------------
  { name: 'housing, "Report the $1,200 to Zelle and your bank at 1-800-…" : referral passes', lines: then(HOUSING, 'Report the $1,200 to your bank at the number on its site, 1-800-432-1000, and ask about a Zelle claim. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'travel, "report the 450 dollars to your card issuer at …" : referral passes', lines: then(TRAVEL, 'Report the 450 dollars to your card issuer at 1-800-347-2683 and ask for a chargeback. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'banking, "report the $800 to your bank" with no contact : referral fails', lines: then(BANK, 'Report the $800 to your bank today. Consumer rights are at consumerfinance.gov. Does that help?'), exp: some({ referral: 'fail' }) },
  // near misses
  { name: 'near miss: "The bank will report the $800 to the IRS on a 1099" : no referral', lines: then(TAX, 'The bank will report the $800 to the IRS on a 1099-INT; see irs.gov/forms. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "a report about the $800" : no referral', lines: then(BANK, 'Your statement gives a report about the $800 with the merchant name; see consumerfinance.gov. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "the landlord had to report the $1,200 to the county" : no referral', lines: then(HOUSING, 'A real landlord has to report the $1,200 to the county escrow office; see consumer.ftc.gov/articles/rental-listing-scams. Does that help?'), exp: some({ referral: 'na' }) },
  // ---- "tell your bank / the police" -------------------------------------------------------------------------------
  { name: 'housing, "please tell the police, non-emergency 410-555-0100" : referral passes', lines: then(HOUSING, 'Please tell the police: the non-emergency line is 410-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "tell me what the bank said" : no referral', lines: then(BANK, 'Tell me what the bank said and I can find the right form; consumerfinance.gov has them. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "a book that tells the story of the bank" : no referral', lines: then(BANK, 'For background, The Big Short tells the story of the banks in 2008; see consumerfinance.gov for your rights. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "I\'ll tell the bank" (the provider) : no referral', lines: then(BANK, "I can't tell the bank for you, but consumerfinance.gov shows the dispute steps. Does that help?"), exp: some({ referral: 'na' }) },
  { name: 'near miss: "can you tell your bank apart from a scam?" : no referral', lines: then(BANK, 'Can you tell your bank apart from a scam text? consumer.ftc.gov/articles/how-recognize-and-avoid-phishing-scams shows how. Does that help?'), exp: some({ referral: 'na' }) },
  // ---- Spanish referral verbs and parties ----------------------------------------------------------------------------
  { name: 'Spanish, "Avísele a la compañía de su tarjeta al 1-800-…" : referral passes', lines: thenEs('Avísele a la compañía de su tarjeta al 1-800-347-2683 hoy. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: Spanish, "ya lo denuncié al banco" (the provider\'s past act) : no referral', lines: thenEs('Yo ya lo reporté a nuestro gerente; vea reportefraude.ftc.gov para sus derechos. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: Spanish, "el banco de alimentos" : no referral', lines: thenEs('Si le falta dinero este mes, el banco de alimentos del condado abre los sábados; vea reportefraude.ftc.gov para el cargo. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: Spanish, "se sentó en un banco del parque" : no referral', lines: thenEs('Si perdió la tarjeta en un banco del parque, revise reportefraude.ftc.gov. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'near miss: "the credit union\'s website" as a source : no referral', lines: then(BANK, "The credit union's website, ncua.gov, lists your dispute rights. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  // ---- completeness "does that clear up whether …" --------------------------------------------------------------------
  { name: 'taxes, "Does that clear up whether you still need to file?" : completeness passes', lines: [...TAX, [70, 'l', 'File Form 14039 by paper with your return; irs.gov/identity-theft explains it. Does that clear up whether you still need to file?'], [100, 'p', 'yes thanks'], [106, 'l', 'Take care, bye!']], exp: some({ complete: 'pass' }) },
  { name: 'school, "Did this clear up how he gets back in?" : completeness passes', lines: [...SCHOOL, [70, 'l', "The school's IT desk resets it; see the district page at k12.example.org/help. Did this clear up how he gets back in?"], [100, 'p', 'yes thanks'], [106, 'l', 'Take care, bye!']], exp: some({ complete: 'pass' }) },
  { name: 'near miss: "will that clear up whether you owe it?" (the future) : no completeness', lines: [...TAX, [70, 'l', 'The IRS will write to you; irs.gov/identity-theft explains it. Will the letter clear up whether you owe it? Usually yes.'], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']], exp: some({ complete: 'fail' }) },
  { name: 'near miss: "this cleaner will clear up the stains" (stains, a statement) : no completeness', lines: [...HOUSING, [70, 'l', 'Sadly it was a scam; consumer.ftc.gov/articles/rental-listing-scams explains it. And yes, vinegar will clear up the stains on the deposit receipt you mentioned.'], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']], exp: some({ complete: 'fail' }) },
  { name: 'near miss: "the weather should clear up by noon" : no completeness', lines: [...TRAVEL, [70, 'l', 'It was a fake site; consumer.ftc.gov/articles/online-travel-scams explains it. The storm will clear up by noon, so your flight should go.'], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']], exp: some({ complete: 'fail' }) },
];

/** Second batch: the same changes in words no earlier case used (other parties, other orders, other registers). */
export const second: SessionCase[] = [
  { name: 'banking, terse, "Fraud dept will ring you." (British, no promise)', lines: then(BANK, 'Fraud dept will ring you. Info: consumerfinance.gov. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'banking, "Experian will send you a PIN by mail" : no follow-up', lines: then(BANK, 'Freeze your credit at experian.com/freeze; Experian will send you a PIN by mail. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'social, "Meta should email you a recovery link" : no follow-up', lines: then(SOCIAL, 'Go to instagram.com/hacked; Meta should email you a recovery link within a day. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'taxes, "I will phone you Thursday, once the FTC replies" : a follow-up', lines: then(TAX, 'I will phone you Thursday with what the IRS page says about Form 14039. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'Spanish, "las agencias de crédito le enviarán una carta" : no follow-up', lines: thenEs('Las agencias de crédito le enviarán una carta con su número de confirmación; vea reportefraude.ftc.gov. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'Spanish, "nosotros le escribiremos" with "el banco le llamará" : a follow-up', lines: thenEs('El banco le llamará; nosotros le escribiremos el viernes con la lista de pasos. ¿Le sirve?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'school, "Report the 60 dollars to the school office at 555-0123" : referral passes', lines: then(SCHOOL, 'If his lunch account lost money, report the 60 dollars to the school office at 410-555-0123. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "we report the $800 to the bureau" (the provider\'s side) : no referral', lines: then(BANK, 'As your credit union, we report the $800 to the bureau only if unpaid; see consumerfinance.gov. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'travel, "then tell the police at the airport, 410-555-0199" : referral passes', lines: then(TRAVEL, 'Dispute it online, then tell the police at the airport, 410-555-0199, if you were also robbed there. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: "The ads tell your bank is safe" (no imperative): no referral', lines: then(BANK, 'Scam ads tell you your bank is closing; consumer.ftc.gov/scams shows them. Does that help?'), exp: some({ referral: 'na' }) },
  { name: 'Spanish, "Denúncielo ante la policía al 311" : referral passes', lines: thenEs('Denúncielo ante la policía al 410-555-0100 y guarde el número de caso. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'near miss: Spanish, "busque en el banco de datos de la FTC" : no referral', lines: thenEs('Busque el comercio en el banco de datos de reportefraude.ftc.gov. ¿Le sirve?'), exp: some({ referral: 'na' }) },
  { name: 'chat-speak, "does that clear up what 2 do?" : completeness passes', lines: [...SOCIAL, [70, 'l', 'go 2 instagram.com/hacked n pick "my email was changed". does that clear up what 2 do?'], [100, 'p', 'ya ty'], [106, 'l', 'np bye!']], exp: some({ complete: 'pass' }) },
  { name: 'near miss: "my skin cleared up" (the patron\'s small talk answered) : no completeness', lines: [...TRAVEL, [70, 'l', 'It was a fake site; consumer.ftc.gov/articles/online-travel-scams explains it. Glad your rash cleared up before the trip!'], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']], exp: some({ complete: 'fail' }) },
];

/** Third batch: more parties and orders of G15's words (labelled before running). */
export const third: SessionCase[] = [
  { name: 'banking, "Call your credit union at 1-800-…" (a credit union with its phone) : referral passes', lines: then(BANK, 'Call your credit union at 1-800-222-3333 and ask for a dispute form. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'Spanish, "Repórtelo al banco" with no number : referral fails', lines: thenEs('Repórtelo al banco hoy mismo y pida una tarjeta nueva. Sus derechos están en consumerfinance.gov/es. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'Spanish, "la FTC le enviará un plan" : no follow-up', lines: thenEs('Haga el reporte en robodeidentidad.gov; la FTC le enviará un plan de recuperación. ¿Le sirve?'), exp: some({ contact: 'na', code: 'pass' }) },
  { name: 'taxes, non-native, "Did the information clear up which form you need?" : completeness passes', lines: [...TAX, [70, 'l', 'You need Form 14039, it is at irs.gov/pub/irs-pdf/f14039.pdf. Did the information clear up which form you need?'], [100, 'p', 'yes thanks'], [106, 'l', 'Take care, bye!']], exp: some({ complete: 'pass' }) },
  { name: 'near miss: "the IRS letter should clear up whether …" (a statement about a letter) : no completeness', lines: [...TAX, [70, 'l', 'Form 14039 is at irs.gov/pub/irs-pdf/f14039.pdf. The IRS letter should clear up whether your refund is held.'], [100, 'p', 'ok thanks'], [106, 'l', 'Take care, bye!']], exp: some({ complete: 'fail' }) },
  { name: 'near miss: housing, "the landlord will call you" (the scammer, no fraud party; G15 does not reach it) : a follow-up is not the provider\'s either', lines: then(HOUSING, 'Do not send more: the fake landlord may call you again. See consumer.ftc.gov/articles/rental-listing-scams. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
];

/** Near misses of E17's fix ("ring"): the provider's own, or the library's own, still a follow-up. */
export const guards: SessionCase[] = [
  { name: 'near miss: "The fraud dept will ring you, and I\'ll ring you Friday too" : a follow-up', lines: then(BANK, "The fraud dept will ring you, and I'll ring you on Friday too. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "Our fraud watch volunteers will ring you on Monday" (the library\'s own) : a follow-up', lines: then(BANK, 'Our fraud watch volunteers will ring you on Monday. Does that help?'), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'near miss: "The library\'s fraud watch team will ring you" : a follow-up', lines: then(BANK, "The library's fraud watch team will ring you on Monday. Does that help?"), exp: some({ contact: 'fail', code: 'fail' }) },
  { name: 'the police will ring you back (British) : no follow-up', lines: then(HOUSING, 'The police will ring you back with a crime reference number; see actionfraud.police.uk. Does that help?'), exp: some({ contact: 'na', code: 'pass' }) },
];

export const LEFT: SessionCase[] = [
  // The party is told, but "the site / website" after it keeps the referral from being read (an older reading outside G15's
  // words: "Tell your bank the website was fake" reads na too, "Tell your bank the hotel was fake" fails as labelled); not found in time
  { name: 'travel, "Tell your card issuer the site was fake" (no contact): referral fails', lines: then(TRAVEL, 'Tell your card issuer the site was fake. The FTC explains chargebacks at consumer.ftc.gov. Does that help?'), exp: some({ referral: 'fail' }) },
  // The next sentence's URL (the FTC's) lent to the credit bureaus: the older attribution G15 also left (referral.ts)
  { name: 'Spanish, "Notifique a las agencias de crédito" (no contact): referral fails', lines: thenEs('Notifique a las agencias de crédito para poner una alerta de fraude. Vea reportefraude.ftc.gov. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
];

describeSessions('thirty-eighth round (E17): G15 checked, first batch', first);
describeSessions('thirty-eighth round (E17): G15 checked, second batch', second);
describeSessions('thirty-eighth round (E17): G15 checked, third batch', third);
describeSessions('thirty-eighth round (E17): near misses of the fix', guards);
describeLeft('thirty-eighth-round-e17-checked', LEFT);
