/**
 * Sixtieth round, blind check of block T (rubric v54): T1, T3 and T8 tried both ways in cases written by a helper who did not see the
 * author's cases, each labelled from RUBRIC.md before it ran ("for": the meant behaviour in new words; "against": near misses the
 * block must not read, and older readings it must not break). Checks: followup.contact, followup.on_time, resolution.code (RUBRIC
 * Terms, Follow-up session).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - T1: the library's own card sent (mailed, posted, shipped, delivered; "te mandamos la credencial") is the service, not a promise "to
 *   send or find more later"; copies of archive items ("your grandmother's 1943 ration cards … I'll mail the cards"), an obituary
 *   scan, the app's instructions ("con las instrucciones de la app") or a link sent with or beside the card are information, so a
 *   promise; a temporary PIN texted is a promise (as an earlier round labels a PIN e-mailed).
 * - T3: the length of the object does not matter to RUBRIC ("the list of every branch's summer hours and holiday closings", ten
 *   words, is still a promise); forwarding a colleague's reply later is sending more; another body (the state archives, an extension
 *   office, a teacher, a water department) sending to the patron or to a third party is no promise of the provider's; the patron
 *   e-mailing results to themself is none.
 * - T8: "it" that is a website or app ("Sign up at …, it will email you a link") writes, not the provider; "it" that is the library's
 *   own branch ("… with the Eastside branch now. It will call you by Friday with what it finds") is the library contacting the patron
 *   ("someone from your library will contact you"), a promise; "they" that is the library's branch manager is a promise, "they" that
 *   is a clinic calling to book is not; Spanish "la aplicación le enviará un código" is the app writing.
 * - followup.contact: "on Monday", "tonight" say when the information will come.
 *
 * COUNTS. Written: 38 cases (20 for, 18 against), each labelled before it ran (labels copied aside before the first run). First run
 * as labelled: 30. Disagreeing: 8. Label corrections: 0. Rewritten after the first run, labels unchanged, because another sentence
 * decided them: 2 (the Eastside case, read as a promise from its "I passed your question to the Eastside branch." and now without
 * it: it then disagrees, the 9th LEFT; the read-back of the "phone numbers" case, whose "Can I email you?" was read as the promise:
 * now "What email should I use?", still as labelled). Final: 29 running, 9 LEFT (v53 scored on each to tell "older" from "T caused"):
 * - resolution.code, expected fail / got pass: "Our archive has your grandmother's 1943 ration cards. I'll mail the cards to you by
 *   Friday." (archive records taken for the library's card; T caused).
 * - resolution.code, expected fail / got pass: "Le mandaremos su tarjeta por correo con las instrucciones de la app el lunes."
 *   (instructions not in the guard's list; older).
 * - resolution.code, expected fail / got pass: "I'll forward the reply from our local history librarian to you as soon as it comes in."
 *   ("forward … to you" not read; older).
 * - resolution.code, expected fail / got pass: "I'll email the list of every branch's summer hours and holiday closings to you
 *   tomorrow" (ten words before "to you", T3 reads eight; older).
 * - followup.contact / on_time / resolution.code, expected na / na / pass, got fail / pending / fail: "The county extension office can
 *   mail the results of your soil test to you within two weeks." (another body's sending read as a promise; T caused).
 * - followup.contact / on_time / resolution.code, expected na / na / pass, got fail / pending / fail: "Your son's teacher can email a
 *   copy of the summer reading list to you." (another's sending read as a promise; T caused).
 * - followup.contact / on_time / resolution.code, expected na / na / pass, got fail / pending / fail: "Regístrese en … y la aplicación
 *   le enviará un código por mensaje en unos minutos." (the app's writing, Spanish; older).
 * - resolution.code, expected fail / got pass: "Your question is with the Eastside branch now. It will call you by Friday with what it
 *   finds." ("it" the library's branch taken for a website or app; T caused).
 * - followup.contact / on_time / resolution.code, expected na / na / pass, got fail / pending / fail: "The clinic has your referral;
 *   they'll call you next week to book." (another body's "they" read as the library's promise; older).
 *
 * AFTER THE MENDS (by the author, checked by the suite and by the fourth blind check): the four T caused read as labelled and run
 * (T1 takes the library's card without bare "cards"; T3 reads only the provider's own "I / we … to you"; T8 takes "it" only after a
 * web address or an app, site or account in the sentence), and so does the ten-word list (T3 now reads five to ten words). The
 * obituary case ("We'll post your card and the scanned obituary you asked for on Monday"), which ran on the first cut only through
 * T3's first, wider reading, went back to LEFT (older). Final: 33 running, 5 LEFT (all older).
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hi! Dev here, a librarian with Ask Us at Marlow County Library.';
const { said, followUp } = nearMissLines(HI, { branch: 'Which branch is yours?', branchReply: 'riverside' });
const HI_ES = 'Hola, le saluda Dev de la Biblioteca del Condado de Marlow.';
const es = nearMissLines(HI_ES, { branch: '¿Cuál es su sucursal?', branchReply: 'la de riverside' });

/** No follow-up session: no promise read, an ordinary code. */
const NO_PROMISE = some({ contact: 'na', onTime: 'na', code: 'pass' });
/** A promise read in the chat of an "Answered" session: follow-up not yet due, the code not a follow-up code. */
const PROMISED = some({ onTime: 'pending', code: 'fail' });

export const t1: SessionCase[] = [
  // ---- T1 for: the library's card alone, sent by any wording, is no promise
  c('T1 for: "ur new card will get mailed out to u by next week" (chat-speak)', said('my card expired what do i do', 'np, I renewed it on our end. ur new card will get mailed out to u by next week'), NO_PROMISE),
  c('T1 for: "We\'ll pop your replacement card in the post tomorrow."', said('my dog chewed up my library card', 'Ha, that happens! I have cancelled the old barcode. We\'ll pop your replacement card in the post tomorrow.'), NO_PROMISE),
  c('T1 for: "Tomorrow morning I\'m sending your new library card out to you." (time first)', said('i moved, do i need a new card', 'I updated your address. Tomorrow morning I\'m sending your new library card out to you.'), NO_PROMISE),
  c('T1 for: "I\'ll get ur replacment card in the mail 2day" (typos)', said('lost my card at the bus stop', 'ok I blocked the lost one. I\'ll get ur replacment card in the mail 2day'), NO_PROMISE),
  c('T1 for: "Te mandamos la credencial nueva a tu casa el lunes."', es.said('se me rompió la credencial', 'Ya la di de baja. Te mandamos la credencial nueva a tu casa el lunes.'), NO_PROMISE),
  c('T1 for: "We\'ll ship your child\'s card to you this week." (another verb)', said('can my 8 year old get a card', 'Yes, I made the account from the form you sent. We\'ll ship your child\'s card to you this week.'), NO_PROMISE),
  c('T1 for: "Your teen\'s library card will be delivered to your home within 7 business days."', said('my daughter is 14 can she have her own card', 'She can, and I set it up. Your teen\'s library card will be delivered to your home within 7 business days.'), NO_PROMISE),
  // ---- T1 against: information with the card, in another clause or sentence, a PIN, "card" that is not the library's card
  c('T1 against: "We\'ll mail the new card, and I\'ll also email you the list of ESL classes by Wednesday."', said('new card please, and are there english classes', 'Sure. We\'ll mail the new card, and I\'ll also email you the list of ESL classes by Wednesday.'), PROMISED),
  c('T1 against: "I\'ll text you a temporary PIN for your account by 6 pm today." (a PIN)', said('i forgot my pin for the website', 'The PIN can only be reset by staff. I\'ll text you a temporary PIN for your account by 6 pm today.'), PROMISED),
  c('T1 against: "I\'ll send you the card catalog link tomorrow morning."', said('is the old card catalog online anywhere', 'Part of it was scanned last year. I\'ll send you the card catalog link tomorrow morning.'), PROMISED),
  c('T1 against: "Your card goes out in Friday\'s mail, and I\'ll email you the tax form instructions by Thursday."', said('need a new card and help with tax forms', 'Your card goes out in Friday\'s mail, and I\'ll email you the tax form instructions by Thursday.'), PROMISED),
  c('T1 against: "… your grandmother\'s 1943 ration cards. I\'ll mail the cards to you by Friday." (archive copies)', said('looking for anything about my grandmother in ww2', 'Our archive has your grandmother\'s 1943 ration cards. I\'ll mail the cards to you by Friday.'), PROMISED),
  c('T1 against: "Le mandaremos su tarjeta por correo con las instrucciones de la app el lunes."', es.said('necesito tarjeta nueva y no sé usar la app', 'Con gusto. Le mandaremos su tarjeta por correo con las instrucciones de la app el lunes.'), PROMISED),
  c('T1 against: "We\'ll post your card and the scanned obituary you asked for on Monday."', said('new card, and did you find my uncle\'s obituary', 'Yes to both. We\'ll post your card and the scanned obituary you asked for on Monday.'), PROMISED),
];

export const t3: SessionCase[] = [
  // ---- T3 for: a long object before "to you"
  c(
    'T3 for: "I\'ll email a scan of the tax form instructions to you on Monday." (e-mail read back)',
    followUp('Those are on paper only here. What email should I use?', "I'll email a scan of the tax form instructions to you on Monday."),
    some({ contact: 'pass', onTime: 'pending', code: 'fail' }),
  ),
  c('T3 for: "We can email the scanned pages from the yearbook to u by tomorrow."', said('do you have the 1987 riverside high yearbook', 'We do, in the local history room. We can email the scanned pages from the yearbook to u by tomorrow.'), PROMISED),
  c('T3 for: "I\'ll forward the reply from our local history librarian to you as soon as it comes in."', said('when was the old mill on river rd torn down', 'That needs our local history librarian. I\'ll forward the reply from our local history librarian to you as soon as it comes in.'), PROMISED),
  c('T3 for: "Tomorrow I\'ll e-mail the full transcript of the oral history interview to you." (time first)', said('is there an interview with my grandpa in your oral history project', 'There is one from 1979. Tomorrow I\'ll e-mail the full transcript of the oral history interview to you.'), PROMISED),
  c(
    'T3 for: "I\'ll email the phone numbers of all three county archives to you tonight." (eight words, e-mail read back)',
    followUp('They are not in one place. What email should I use?', "I'll email the phone numbers of all three county archives to you tonight."),
    some({ contact: 'pass', onTime: 'pending', code: 'fail' }),
  ),
  c('T3 for: "I\'ll email the list of every branch\'s summer hours and holiday closings to you tomorrow" (ten words)', said('summer hours for all branches?', 'They change every week in summer. I\'ll email the list of every branch\'s summer hours and holiday closings to you tomorrow.'), PROMISED),
  // ---- T3 against: another body sends, to someone else or to the patron; the patron sends to themself
  c('T3 against: "The state archives will mail the death certificate copy to your funeral home for you."', said('how do i get a death certificate for my dad\'s funeral', 'The state archives will mail the death certificate copy to your funeral home for you. Their form is at archives.example.gov/death.'), NO_PROMISE),
  c('T3 against: "The water department can send the samples from your well to a state lab for you."', said('how do i test my well water', 'The water department can send the samples from your well to a state lab for you. The kit request is at water.example.gov/kit.'), NO_PROMISE),
  c('T3 against: "You can email the whole list of search results to yourself from the catalog."', said('can i save my search results', 'Yes. You can email the whole list of search results to yourself from the catalog at marlow.example.org/catalog.'), NO_PROMISE),
  c('T3 against: "The county extension office can mail the results of your soil test to you within two weeks."', said('where do i send a soil sample', 'The county extension office can mail the results of your soil test to you within two weeks. The sample form is at extension.example.edu/soil.'), NO_PROMISE),
  c('T3 against: "Your son\'s teacher can email a copy of the summer reading list to you."', said('where is the 5th grade summer reading list', 'It is not on our site. Your son\'s teacher can email a copy of the summer reading list to you.'), NO_PROMISE),
];

export const t8: SessionCase[] = [
  // ---- T8 for: "it" (a website or app) writes to the patron
  c('T8 for: "Sign up at marlow.example.org/app, it will email you a confirmation link."', said('how do i get the library app', 'Sign up at marlow.example.org/app, it will email you a confirmation link.'), NO_PROMISE),
  c('T8 for: "Download the Libby app from your app store; it\'ll text u a code to verify."', said('how do i get ebooks on my phone', 'Download the Libby app from your app store; it\'ll text u a code to verify. Then add Marlow County Library.'), NO_PROMISE),
  c('T8 for: "Once you register at county.example.gov/register, it should email you a PIN within the hour."', said('how do i sign up for the county tax portal', 'Once you register at county.example.gov/register, it should email you a PIN within the hour.'), NO_PROMISE),
  c('T8 for: "Reset your password at mail.example.com/reset and it will send you a link in a few minutes."', said('locked out of my email', 'Reset your password at mail.example.com/reset and it will send you a link in a few minutes.'), NO_PROMISE),
  c('T8 for: "Put your number in at example.org/verify and it\'ll call you with a 6-digit code."', said('the site wants to verify me but i have no cell', 'Use your landline. Put your number in at example.org/verify and it\'ll call you with a 6-digit code.'), NO_PROMISE),
  c('T8 for: "Regístrese en marlow.example.org/app y la aplicación le enviará un código por mensaje en unos minutos."', es.said('cómo uso la app de la biblioteca', 'Regístrese en marlow.example.org/app y la aplicación le enviará un código por mensaje en unos minutos.'), NO_PROMISE),
  c('T8 for (older): "The library\'s app will send you a push notice when the hold is ready."', said('how will i know my hold came in', 'The library\'s app will send you a push notice when the hold is ready. Holds are listed at marlow.example.org/account.'), NO_PROMISE),
  // ---- T8 against: the provider, "someone", the library's people or branch write; another's "they"
  c('T8 against: "Once the account is set up, I\'ll text you the login code within the hour."', said('can you make me an account for the computer lab', 'Once the account is set up, I\'ll text you the login code within the hour.'), PROMISED),
  c('T8 against: "Someone from our tech desk will text you tomorrow to finish setting up the account."', said('can you help me set up the wifi printing', 'That needs the tech desk. Someone from our tech desk will text you tomorrow to finish setting up the account.'), PROMISED),
  c('T8 against: "The branch manager has your question about the hotspot fines, and they will call you by Thursday."', said('why was i fined for the hotspot', 'I can\'t see fine details. The branch manager has your question about the hotspot fines, and they will call you by Thursday.'), PROMISED),
  c('T8 against: "Your question is with the Eastside branch now. It will call you by Friday with what it finds." (the library\'s branch)', said('does eastside still have the 1950s phone books', 'Your question is with the Eastside branch now. It will call you by Friday with what it finds.'), PROMISED),
  c('T8 against: "I\'ll ask riverside to check the shelf; it may be misshelved, and I\'ll text you by 4 pm." ("it" not the writer)', said('is the new grisham book at riverside', 'The catalog says it is in but nobody can find it. I\'ll ask riverside to check the shelf; it may be misshelved, and I\'ll text you by 4 pm.'), PROMISED),
  c('T8 against: "The clinic has your referral; they\'ll call you next week to book." (another body\'s "they")', said('did my referral to the free dental clinic go through', 'Yes. The clinic has your referral; they\'ll call you next week to book.'), NO_PROMISE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'T1 against: "We\'ll post your card and the scanned obituary you asked for on Monday."':
    'resolution.code expected fail, got pass (older: v53 the same): the scanned obituary is information sent later (RUBRIC Terms, Follow-up session); "post … on Monday" with no "to you" is read by no sending phrase. It ran on block T\'s first cut only because T3 then widened v1\'s object for every subject; T3 now reads the provider\'s own "I / we … to you" (the mend for the extension office and the teacher below), and this case went back to LEFT (added by the author after the mends).',
  'T1 against: "Le mandaremos su tarjeta por correo con las instrucciones de la app el lunes."':
    'resolution.code expected fail, got pass (followup.on_time pending/na): the app\'s instructions go with the card, information sent later; "con las instrucciones" is not in the guard\'s list (lista, informacion, guia …), so the sentence is read as the card alone (older: v53 the same, S3\'s guard)',
  'T3 for: "I\'ll forward the reply from our local history librarian to you as soon as it comes in."':
    'resolution.code expected fail, got pass (followup.on_time pending/na): the provider promises to send the colleague\'s answer later ("send or find more later"); "forward … to you" with a seven-word object is not read (older: v53 the same; T3 does not reach "forward")',
  'T8 for: "Regístrese en marlow.example.org/app y la aplicación le enviará un código por mensaje en unos minutos."':
    'followup.contact / on_time / resolution.code expected na / na / pass, got fail / pending / fail: the app sends the code, no promise of the provider\'s; T8 and N1 read English only ("it", "the app"), "la aplicación le enviará" is read as a promise (older: v53 the same)',
  'T8 against: "The clinic has your referral; they\'ll call you next week to book." (another body\'s "they")':
    'followup.contact / on_time / resolution.code expected na / na / pass, got fail / pending / fail: "they" is the clinic, another body calling to book, not the provider nor the library promising to send or find more; N1 keeps every "they" a possible promise of the library\'s (older: v53 the same)',
};

describe('sixtieth round: block T checked blind, both ways', () => {
  for (const [t, cs] of [['T1', t1], ['T3', t3], ['T8', t8]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
