/**
 * Thirty-third round, second wave (X1): the v33 settings and phrase changes of blocks W1 (maps and places: `forPhoneW1`),
 * W2 (money: `referralParty`'s Spanish comptroller), W3 (games: `completeness`'s chat-speak "that the one?") and R1's
 * `orOwnSiteR1` checked for false readings: near misses that share a setting's words or shape but are NOT its behaviour,
 * and a few cases that ARE its behaviour in new words (they must keep passing). Narrowings only: nothing widened.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room:
 * - a question that asks which address or account to use ("the same as the one for your phone?") asks how to reach the
 *   patron, not the format: no clarifying question;
 * - "that the one?" right after the provider's own question naming a thing ("14 down, 'longest river in Africa'? that the
 *   one?", "the small tin? that the one?") asks which thing is meant, not whether what was given meets the need;
 * - a URL in the path of another's site ("womenslaw.org/familylaw") is a page about the party, not its own site: no way
 *   to reach it;
 * - a provider naming the game the patron means ("Ticket to Ride, the blue box edition. this the right one?") already
 *   gives an answer, so the question after it may be the completeness question: that case was dropped (my label).
 * Written: 37 cases (32 run: 26 near misses, 6 of the settings' behaviour in new words; 5 in LEFT). First run (32 cases):
 * 10 failed; 1 was my label (the blue box case, dropped), 5 were older readings (LEFT), 4 were v33 readings (each passes
 * with the setting off, and two more near misses added after were too), narrowed:
 *  - `forPhoneW1` (`forPhoneAddressX1`): "Is the address we have on file the same as the one for your phone?", "Shall I post
 *    it to your home address, or is there one for your phone you'd rather use?", "Which address I must use, the one of your
 *    computer or one for your phone?" (no address or account word in the question);
 *  - `completeness` "that the one?" (`theOneAfterAskX1`): "the 1995 one with the red box? that the one?", "14 down,
 *    'longest river in Africa'? that the one?", "the small tin? that the one?" (not right after a question of the same
 *    message);
 *  - `orOwnSiteR1` (`ownSiteHostX1`): "Custody basics are explained at womenslaw.org/familylaw, or talk to a family law
 *    attorney" (a URL word of the host, or of a government host's path).
 * `referralParty`'s "contralor" / "contraloría" read no false referral in 7 near misses: not narrowed.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { BYE, L, one } from './narrowing-lines';

/** The patron's question `q`, a greeting with no question, the provider's question `ask`, the reply and the answer `text`. */
const asked = (q: string, ask: string, reply: string, text: string): Line[] => [
  [0, 'p', q],
  [20, 'l', 'Hi, this is Jo, a librarian at Sample County Library.'],
  [30, 'l', ask],
  [50, 'p', reply],
  L(text),
  ...BYE,
];
const MAP_Q = 'how do i get to the Rosedale branch from the bus station';
const MAP_A = 'The directions are on our branch page at sample.org/branches/rosedale, with a map. Does that help?';

/** A Spanish unclaimed-property question, the provider's `text` and the goodbye. */
const es = (text: string): Line[] => [
  [0, 'p', 'hola, creo que tengo dinero no reclamado, como lo busco'],
  [20, 'l', 'Hola, soy Lucía de AskUsNow!. ¿Vive usted en Maryland?'],
  [50, 'p', 'sí, en Wheaton'],
  [70, 'l', text],
  [100, 'p', 'gracias'],
  [106, 'l', '¡Que le vaya bien, adiós!'],
];

/** A board game question up to the patron's answer to the clarifying question. */
const GAME: Line[] = [
  [0, 'p', 'do u have catan to borrow'],
  [20, 'l', 'Hi, Jo at Ask Us here! For home or for the game night at the branch?'],
  [50, 'p', 'home'],
];

export const checked: SessionCase[] = [
  // ---- forPhoneW1: "one for your phone" in questions about how to reach the patron (no clarifying question) ----
  { name: 'forPhoneW1 near miss: "Is the address on file the same as the one for your phone?" : clarify fails', lines: asked(MAP_Q, 'Is the address we have on file the same as the one for your phone?', 'yes', MAP_A), exp: some({ clarify: 'fail' }) },
  { name: 'forPhoneW1 near miss: British "Shall I post it to your home address, or is there one for your phone you\'d rather use?" : clarify fails', lines: asked(MAP_Q, "Shall I post it to your home address, or is there one for your phone you'd rather use?", 'home is fine', MAP_A), exp: some({ clarify: 'fail' }) },
  { name: 'forPhoneW1 near miss: non-native "Which address I must use, the one of your computer or one for your phone?" : clarify fails', lines: asked(MAP_Q, 'Which address I must use, the one of your computer or one for your phone?', 'computer one', MAP_A), exp: some({ clarify: 'fail' }) },
  { name: 'forPhoneW1 near miss: "Want me to send the map to your phone?" (sending): clarify fails', lines: asked(MAP_Q, 'Want me to send the map to your phone?', 'sure', MAP_A), exp: some({ clarify: 'fail' }) },
  { name: 'forPhoneW1 near miss: "Is there a number for your phone I can text?" : clarify fails', lines: asked(MAP_Q, 'Is there a number for your phone I can text?', '410 555 0199', MAP_A), exp: some({ clarify: 'fail' }) },
  { name: 'forPhoneW1 near miss: "Do you have a cell I can send it to, or one for your phone?" : clarify fails', lines: asked(MAP_Q, 'Do you have a cell I can send it to, or one for your phone?', 'same one', MAP_A), exp: some({ clarify: 'fail' }) },
  { name: 'forPhoneW1 near miss: a statement, "The app for your phone is free." : clarify fails', lines: asked(MAP_Q, 'The transit app for your phone is free, by the way.', 'ok', MAP_A), exp: some({ clarify: 'fail' }) },
  { name: 'forPhoneW1 behaviour: "Would you like a PDF for your phone, or a paper copy at the desk?" : clarify passes', lines: asked(MAP_Q, 'Would you like a PDF for your phone, or a paper copy at the desk?', 'pdf', MAP_A), exp: some({ clarify: 'pass' }) },
  { name: 'forPhoneW1 behaviour: "Is this for a trip, or do you want it for your phone?" : clarify passes', lines: asked(MAP_Q, 'Is this for a trip, or do you want it for your phone?', 'phone', MAP_A), exp: some({ clarify: 'pass' }) },
  { name: 'forPhoneW1 behaviour: chat-speak "u want the app for ur phone or just the website?" : clarify passes', lines: asked(MAP_Q, 'u want the bus app for your phone or just the website?', 'website', MAP_A), exp: some({ clarify: 'pass' }) },

  // ---- referralParty (W2): "contralor" / "contraloría" not told to the patron ----
  { name: 'contralor near miss: "La Contraloría publica la lista en …" : a source, no referral', lines: es('La Contraloría publica la lista cada año en interactive.marylandtaxes.gov/unclaim. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'contralor near miss: "según el Contralor, el plazo …; búsquelo en …" : no referral', lines: es('Según el Contralor, no hay plazo para reclamar; búsquelo en interactive.marylandtaxes.gov/unclaim. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'contralor near miss: "Puede consultar el informe de la Contraloría en …" (a publication): no referral', lines: es('Puede consultar el informe de la Contraloría en marylandtaxes.gov/reports, y buscar su nombre en interactive.marylandtaxes.gov/unclaim. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'contralor near miss: "Le recomiendo revisar la base de datos del Contralor en …" : no referral', lines: es('Le recomiendo revisar la base de datos del Contralor en interactive.marylandtaxes.gov/unclaim. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'contralor near miss: "Llame a su banco al 800-…; el Contralor solo guarda el dinero después de tres años" : referral passes', lines: es('Llame a su banco al 800-555-0100 primero; el Contralor solo guarda el dinero después de tres años sin movimiento. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'contralor near miss: "Puede buscar en la página de la Contraloría: …" : no referral', lines: es('Puede buscar en la página de la Contraloría: interactive.marylandtaxes.gov/unclaim. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'contralor near miss: "Escriba su nombre como aparece en los registros del Contralor en …" : no referral', lines: es('Escriba su nombre como aparece en los registros del Contralor en interactive.marylandtaxes.gov/unclaim. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'contralor behaviour: "comuníquese con la Contraloría al 410-260-7980" : referral passes', lines: es('Busque su nombre en interactive.marylandtaxes.gov/unclaim; si es heredero, comuníquese con la Contraloría al 410-260-7980. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'contralor behaviour: "vaya a la oficina del Contralor en Annapolis" (no contact): referral fails', lines: es('Busque su nombre en interactive.marylandtaxes.gov/unclaim. Para cheques grandes, vaya a la oficina del Contralor en Annapolis. ¿Le sirve?'), exp: some({ referral: 'fail' }) },

  // ---- completeness (W3): "that the one?" not asking whether what was given meets the need ----
  { name: 'completeness near miss: the patron\'s own "that the one?" and the provider\'s "yep!": completeness fails', lines: [...GAME, [70, 'l', 'Catan is at samplelibrary.org/catalog, 2 copies at North.'], [90, 'p', 'the one with the wood box? that the one?'], [95, 'l', 'yep!'], ...BYE.map(([t, w, x]): Line => [t + 10, w, x])], exp: some({ complete: 'fail' }) },
  { name: 'completeness near miss: "Catan Junior? that the one?" before any answer, then the record: completeness fails, clarify passes', lines: [[0, 'p', 'do u have the kids catan'], [20, 'l', 'Hi, Jo at Ask Us here!'], [30, 'l', 'Catan Junior? that the one?'], [50, 'p', 'yes'], L('It is at samplelibrary.org/catalog, 1 copy at North.'), ...BYE], exp: some({ complete: 'fail', clarify: 'pass' }) },
  { name: 'completeness near miss: "the 1995 one with the red box? that the one?" about the patron\'s own copy after the record: completeness fails', lines: [...GAME, [70, 'l', 'Catan is at samplelibrary.org/catalog, 2 copies at North.'], [80, 'p', 'my grandma has an old copy w a red box, is it worth anything'], [90, 'l', 'the 1995 one with the red box? that the one?'], [95, 'p', 'yes'], [100, 'l', 'Prices for old editions are listed at boardgamegeek.com/boardgame/13/catan.'], [110, 'p', 'ok thanks'], [120, 'l', 'Thanks for chatting, bye!']], exp: some({ complete: 'fail' }) },
  { name: 'completeness near miss: crossword, "14 down, \'longest river in Africa\'? that the one?" asks which clue: completeness fails', lines: [[0, 'p', 'crossword help pls, capital of australia 8 letters'], [20, 'l', 'Hi, Jo at Ask Us here! Canberra, per the World Factbook at cia.gov/the-world-factbook.'], [50, 'p', 'thx! next is 14 down the river one'], [60, 'l', "14 down, 'longest river in Africa'? that the one?"], [80, 'p', 'ya'], [90, 'l', 'The Nile, also in the World Factbook.'], [110, 'p', 'ok thanks'], [120, 'l', 'Thanks for chatting, bye!']], exp: some({ complete: 'fail' }) },
  { name: 'completeness near miss: "the small tin? that the one?" about a new ask after the record: completeness fails', lines: [...GAME, [70, 'l', 'Catan is at samplelibrary.org/catalog, 2 copies at North.'], [80, 'p', 'actually my daughter wants the travel one'], [90, 'l', 'the small tin? that the one?'], [95, 'p', 'yes'], [100, 'l', 'Catan Traveler is at samplelibrary.org/catalog too, 1 at Central.'], [110, 'p', 'ok thanks'], [120, 'l', 'Thanks for chatting, bye!']], exp: some({ complete: 'fail' }) },
  { name: 'completeness behaviour: British "Right, the 2019 edition is in the catalogue … this the correct one?" : completeness passes', lines: [...GAME, L('Right, the 2019 edition is in the catalogue at samplelibrary.org/catalog, one copy at North. this the correct one?'), ...BYE], exp: some({ complete: 'pass' }) },
  { name: 'completeness behaviour: "ok that the right one?" after the record: completeness passes', lines: [...GAME, L('Catan (5th edition) is at samplelibrary.org/catalog, 2 copies at North. ok that the right one?'), ...BYE], exp: some({ complete: 'pass' }) },

  // ---- orOwnSiteR1: ", or" where the URL is not the party's own site ----
  { name: 'orOwnSiteR1 near miss: "See the county\'s guide at montgomerycountymd.gov/guide, or call the Maryland Insurance Administration" : fails', lines: one('my insurer denied my claim', "See the county's guide at montgomerycountymd.gov/guide, or call the Maryland Insurance Administration. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'orOwnSiteR1 near miss: "Custody basics are at womenslaw.org/familylaw, or talk to a family law attorney" (another\'s page): fails', lines: one('how does custody work in maryland', 'Custody basics are explained at womenslaw.org/familylaw, or talk to a family law attorney. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'orOwnSiteR1 near miss: a library guide, "Our guide is at sample.org/smallbusiness, or visit the Small Business Development Center" : fails', lines: one('how do i write a business plan', 'Our guide is at sample.org/smallbusiness, or visit the Small Business Development Center. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'orOwnSiteR1 near miss: chat-speak "the library list is at sample.org/va, or hit up the Veterans Affairs office" : fails', lines: one('where do vets get help with benefits', 'the library list is at sample.org/va, or hit up the Veterans Affairs office. does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'orOwnSiteR1 near miss: "Forms are explained at peoplesdivorce.com/familycourt, or visit the Family Court clerk" (a company\'s page): fails', lines: one('how do i file for divorce', 'The forms are explained at peoplesdivorce.com/familycourt, or visit the Family Court clerk. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'orOwnSiteR1 behaviour: "Copies are ordered at sbdc.org/apply, or visit the Small Business Development Center" : passes', lines: one('who helps with a business plan', 'Appointments are booked at sbdc.org/apply, or visit the Small Business Development Center. Does that help?'), exp: some({ referral: 'pass' }) },
];

/**
 * Cases labelled from RUBRIC.md that the scorer still gets wrong for reasons older than v33 (not run; each ends the same with
 * the v33 setting off or in v32):
 * // LEFT: "Gmail address … or one for your phone", "an iCloud account, or a Gmail one for your phone": read as a question
 * //   about the need with `forPhoneW1` off and in v32 too (an older reading);
 * // LEFT: "caregiver.org/homecare, or call a home care agency": read as reached with `orOwnSiteR1` off and in v32 too;
 * // LEFT: "ring Pension Credit", "call the Internal Revenue Service" after ", or": no referral read (referral.contact na).
 */
export const LEFT: SessionCase[] = [
  { name: 'forPhoneW1 near miss: "Should I use your Gmail address, or is there one for your phone?" (where to send): clarify fails', lines: asked(MAP_Q, 'Should I use your Gmail address, or is there one for your phone you check more?', 'gmail is fine', MAP_A), exp: some({ clarify: 'fail' }) },
  { name: 'forPhoneW1 near miss: "Do you have an iCloud account, or a Gmail one for your phone, I can share it with?" : clarify fails', lines: asked(MAP_Q, 'Do you have an iCloud account, or a Gmail one for your phone, I can share it with?', 'icloud', MAP_A), exp: some({ clarify: 'fail' }) },
  { name: 'orOwnSiteR1 near miss: "Care tips are at caregiver.org/homecare, or call a home care agency" : fails', lines: one('my mom needs help at home', 'Care tips are at caregiver.org/homecare, or call a home care agency near you. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'orOwnSiteR1 near miss: British "Our benefits guide is at sample.gov.uk/help/pc, or ring Pension Credit" (a council path): fails', lines: one('can i get help with my pension', 'Our benefits guide is at sample.gov.uk/help/pc, or ring Pension Credit. Does that help?'), exp: some({ referral: 'fail' }) },
  { name: 'orOwnSiteR1 behaviour: "Claims are filed at irs.gov/refunds, or call the Internal Revenue Service" : passes', lines: one('where is my tax refund', 'Refund status is checked at irs.gov/refunds, or call the Internal Revenue Service. Does that help?'), exp: some({ referral: 'pass' }) },
];

describeSessions('thirty-third round, second wave (X1): the W1-W3 and orOwnSiteR1 settings checked', checked);

describeLeft('thirty-third-round-w13-checked', LEFT);
