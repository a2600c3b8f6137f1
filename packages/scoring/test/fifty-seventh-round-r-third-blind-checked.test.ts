/**
 * Fifty-seventh round, block R (rubric v52), third blind check: R8, R9 (inquiry.clarify), R11 (closing.no_dismissal), R17
 * (followup.contact, followup.on_time, resolution.code) and R20 (followup.completeness), each tried both ways in wording of its own
 * (typos, chat-speak, other verbs, other parties, other orders, Spanish), with the older readings right next to them. Every case
 * is labelled from RUBRIC.md's text, before the first run.
 *
 * READINGS TAKEN
 * - inquiry.clarify: a question about the patron's situation (the state of their phone number, or of a relative's, as the need is
 *   about it) counts before the first source; a question about how to reach the patron does not shape the answer and does not
 *   count. A restatement ("so you need…", in Spanish too, in any order) counts; an instruction or an answer worded like one
 *   ("… y necesita ir / acudir / renovarlo") is not a restatement.
 * - closing.no_dismissal: "your time is up" in any wording fails, unless the provider offers a way back (the allowed "other patrons
 *   are waiting, come back later"); "your time" that is not the chat's (a computer session, a negation) passes.
 * - Follow-up session: a promise to send or find more information later. Mailing the library's card delivers the service: no
 *   follow-up (followup checks na, code "Answered" passes). Mailing pages, lists, a printout or information about a card is a
 *   promise: followup.contact fails with no contact in the chat, followup.on_time is pending (scored at T0 + 1 day, before the 72 h
 *   deadline) and resolution.code fails with "Answered".
 * - followup.completeness: a question whether the resource already given (named by its own name) meets the need passes; a
 *   question about a person, about an earlier time, or about something not yet given (an offer of interlibrary loan) does not.
 *
 * COUNTS
 * written 39 (36 labelled and copied aside before the first run, /tmp/r-third-blind-labels.ts; 3 "older" cases added after it,
 *   labelled and copied aside before their own run, /tmp/r-third-blind-labels-added.ts) / first run as labelled 26 of 36 (the 3
 *   added: 3 of 3) / disagreeing 10 / label corrections 0 / final: 29 running, 10 LEFT:
 * - R8 for, clarify pass/fail: "Are the scammers still using your number?" (number as object): older
 * - R9 for, clarify pass/fail: "O sea que le robaron la tarjeta y necesita reponerla.": older
 * - R9 for, clarify pass/fail: "Entonces su hijo perdió la tarjeta y quiere otra.": older
 * - R9 against, clarify fail/pass: "Entonces su tarjeta fue robada y necesita acudir a la policía primero.": R caused
 * - R11 against, no_dismissal pass/fail: "your time with me is up … other patrons are waiting, but please come back tomorrow": R caused
 *   (v1's "your time is up" already ignores the way back)
 * - R17 for, contact/on_time/code na,na,pass / fail,pending,fail: "We'll send your son's library card to the address on file.": older
 * - R17 against, na,na,pass got: "we'll mail the card catalog printout to you by Friday": R caused
 * - R17 against, na,na,pass got: "We'll mail your card renewal info to you tomorrow.": R caused
 * - R20 against, completeness fail/pass: "Does Attorney Lopez seem like they would help?": R caused
 * - R20 against, completeness fail/pass: "Does Interlibrary Loan seem like it would work for you?": R caused
 *
 * AFTER THE MENDS (the author's, labels unchanged): 7 of the 10 LEFT run. Mended: R9 after "o sea que", with a preterite ("perdió")
 * and not before "acudir …" and more instructions (and not news the provider gives, "su préstamo vence hoy y necesita renovarlo",
 * this file's own near miss), R17 only the card that ends its phrase ("the card catalog printout", "your card renewal info" are
 * promises again), R20 not a person by role ("Attorney Lopez") nor a service offered ("Interlibrary Loan"). 3 stay LEFT: 2 older
 * ("Are the scammers still using your number?", "We'll send your son's library card to the address on file.", which another
 * alternative reads) and "your time with me is up … please come back tomorrow", whose label disagrees with the fifteenth and
 * forty-ninth rounds' (decision 019: "your time is up" is a dismissal even with an invitation back; v51 fails the same words
 * without "with me"). 36 running, 3 LEFT.
 * ON v53 (block S): "We'll send your son's library card to the address on file." (S3) reads as labelled and runs: 37 running, 2
 * LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, FU_ME, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Kim here at Alder Valley Library.';
const { said, asked, followUp } = nearMissLines(HI);

export const r8: SessionCase[] = [
  // ---- R8 for: the state of the number, the patron's situation, before the source
  c('R8 for: "Did ur number get switched back to ur carrier yet?"', asked('some1 stole my phone number and is texting my friends', 'ugh, sorry. Did ur number get switched back to ur carrier yet?', 'no still not', 'The FCC page on port-out fraud is at fcc.gov/consumers/guides/port-out-fraud.'), some({ clarify: 'pass' })),
  c('R8 for: "Is your cell number working again?"', asked('my phone number got taken over, what do i do', 'Is your cell number working again?', 'nope', 'The FTC steps for a taken-over number are at identitytheft.gov.'), some({ clarify: 'pass' })),
  c('R8 for: "is your moms number still being spoofed?" (a relative\'s number)', asked('scammers are calling people using my moms number', 'is your moms number still being spoofed?', 'yes every day', 'The FCC guide to spoofing is at fcc.gov/spoofing.'), some({ clarify: 'pass' })),
  c('R8 for: "¿Ya le devolvieron su número?" (Spanish)', asked('me robaron mi numero de telefono', '¿Ya le devolvieron su número?', 'todavía no', 'La guía de la FCC está en fcc.gov/consumidores.'), some({ clarify: 'pass' })),
  c('R8 for: "Are the scammers still using your number?" (the number as object)', asked('someone is using my phone number for scams', 'Are the scammers still using your number?', 'i think so', 'The FTC explains what to do at consumer.ftc.gov/phone-scams.'), some({ clarify: 'pass' })),
  // ---- R8 against: how to reach the patron
  c('R8 against: "Is your number still the easiest way to get hold of you?"', asked('someone hijacked my phone number', 'Is your number still the easiest way to get hold of you?', 'yes', 'The FCC page on port-out fraud is at fcc.gov/port-out-fraud.'), some({ clarify: 'fail' })),
  c('R8 against: "Is your number still 410-555-0137?"', asked('my number got stolen', 'Is your number still 410-555-0137?', 'yep', 'The FTC steps are at identitytheft.gov.'), some({ clarify: 'fail' })),
  c('R8 against: "Is your number working, in case I need to call you back?"', asked('my phone number got ported away', 'Is your number working, in case I need to call you back?', 'yes', 'The FCC page on port-out fraud is at fcc.gov/port-out-fraud.'), some({ clarify: 'fail' })),
];

export const r9: SessionCase[] = [
  // ---- R9 for: the situation and need said back in Spanish, before the source
  c('R9 for: "O sea que le robaron la tarjeta y necesita reponerla."', asked('me robaron la cartera con mi tarjeta de la biblioteca', 'O sea que le robaron la tarjeta y necesita reponerla.', 'sí', 'El reemplazo es gratis: aldervalleylib.example.org/tarjeta.'), some({ clarify: 'pass' })),
  c('R9 for: "Entonces su hijo perdió la tarjeta y quiere otra."', asked('mi hijo perdio su tarjeta', 'Entonces su hijo perdió la tarjeta y quiere otra.', 'exacto', 'Las tarjetas nuevas se piden en aldervalleylib.example.org/tarjeta.'), some({ clarify: 'pass' })),
  c('R9 for: "asi q su casero no le regresa el deposito y busca saber sus derechos" (chat-speak)', asked('el dueño no me devuelve el deposito', 'asi q su casero no le regresa el deposito y busca saber sus derechos', 'si eso', 'La guía para inquilinos está en vivienda.example.gov/deposito.'), some({ clarify: 'pass' })),
  c('R9 for: "Entonces usted necesita una tarjeta nueva porque se la robaron." (need first)', asked('me robaron mi tarjeta', 'Entonces usted necesita una tarjeta nueva porque se la robaron.', 'sí', 'El reemplazo es gratis: aldervalleylib.example.org/tarjeta.'), some({ clarify: 'pass' })),
  c('R9 for: "Entonces tu tarjeta ya no sirve y necesitas una nueva" (tú)', asked('mi tarjeta no funciona en la compu', 'Entonces tu tarjeta ya no sirve y necesitas una nueva', 'si', 'Se renueva en aldervalleylib.example.org/tarjeta.'), some({ clarify: 'pass' })),
  // ---- R9 against: an answer or an instruction worded like a restatement, before the source
  c('R9 older: "So your card got stolen and you need a replacement." (English, v51 Q20)', asked('my card got stolen at the gym', 'So your card got stolen and you need a replacement.', 'yes', 'Replacement cards are free: aldervalleylib.example.org/card.'), some({ clarify: 'pass' })),
  c('R9 against: "Así que su préstamo vence hoy y necesita renovarlo." (an answer)', asked('cuando tengo que devolver el libro', 'Así que su préstamo vence hoy y necesita renovarlo.', 'ok', 'Se renueva en aldervalleylib.example.org/cuenta.'), some({ clarify: 'fail' })),
  c('R9 against: "Entonces su tarjeta fue robada y necesita acudir a la policía primero." (an instruction)', asked('me robaron la tarjeta', 'Entonces su tarjeta fue robada y necesita acudir a la policía primero.', 'ok', 'El reemplazo es gratis: aldervalleylib.example.org/tarjeta.'), some({ clarify: 'fail' })),
  c('R9 against: "Entonces su tarjeta fue robada y necesita ir a la sucursal con su ID."', asked('me robaron la tarjeta', 'Entonces su tarjeta fue robada y necesita ir a la sucursal con su ID.', 'ok', 'Las sucursales están en aldervalleylib.example.org/sucursales.'), some({ clarify: 'fail' })),
];

export const r11: SessionCase[] = [
  // ---- R11 for: "your time is up", no way back
  c('R11 for: "sorry, ur time w/ me is up for today"', said('can u find more about my grandpas ship', 'The passenger lists are at ellisisland.org. sorry, ur time w/ me is up for today', 'Bye.'), some({ dismissal: 'fail' })),
  c('R11 for: "I\'m afraid your time with us has run out for today."', said('more on my taxes please', 'The forms are at irs.gov/forms. I\'m afraid your time with us has run out for today.', 'Bye.'), some({ dismissal: 'fail' })),
  c('R11 for: "Your time with me is up, so I\'m ending the chat."', said('and what about the 1950 census', 'The 1950 census is at 1950census.archives.gov. Your time with me is up, so I\'m ending the chat.', 'Bye.'), some({ dismissal: 'fail' })),
  // ---- R11 against: a way back offered; not the chat's time
  c('R11 against: "your time with me is up … others are waiting, come back tomorrow"', said('and what about the 1950 census', 'The 1950 census is at 1950census.archives.gov. Sorry, your time with me is up for today as other patrons are waiting, but please come back tomorrow and we can keep going.'), some({ dismissal: 'pass' })),
  c('R11 older: "Other patrons are waiting now, so please come back later and we can pick this up."', said('and what about the 1950 census', 'The 1950 census is at 1950census.archives.gov. Other patrons are waiting now, so please come back later and we can pick this up.'), some({ dismissal: 'pass' })),
  c('R11 against: "when your time is up, the PC logs you off" (a computer session)', said('how long can i use the computers', 'Sessions are 60 minutes; when your time is up, the PC logs you off. The rules are at aldervalleylib.example.org/computers.'), some({ dismissal: 'pass' })),
  c('R11 against: "your time with me isn\'t up, take all the time you need"', said('sorry i keep asking things', 'No problem at all, your time with me isn\'t up, take all the time you need. The guide is at aldervalleylib.example.org/help.'), some({ dismissal: 'pass' })),
];

const NO_FU = some({ contact: 'na', onTime: 'na', code: 'pass' });
const FU_PROMISED = some({ contact: 'fail', onTime: 'pending', code: 'fail' });

export const r17: SessionCase[] = [
  // ---- R17 for: the library's card mailed, no information later
  c('R17 for: "well mail ur new card to u this week" (chat-speak)', said('lost my library card', 'Replacement is $1, details at aldervalleylib.example.org/card. well mail ur new card to u this week'), NO_FU),
  c('R17 for: "We\'ll send your son\'s library card to the address on file."', said('can my son get a card', 'Kids can sign up at aldervalleylib.example.org/card. We\'ll send your son\'s library card to the address on file.'), NO_FU),
  c('R17 for: "The library will post your replacement card to you within a week."', said('my card was stolen', 'The card page is aldervalleylib.example.org/card. The library will post your replacement card to you within a week.'), NO_FU),
  c('R17 for: "I\'ll mail out the replacement card tomorrow."', said('my card broke in half', 'The card page is aldervalleylib.example.org/card. I\'ll mail out the replacement card tomorrow.'), NO_FU),
  // ---- R17 against: information mailed later is a promise
  c('R17 against: "I\'ll mail you the census pages by Friday."', said('my grandpa in the 1920 census', 'The 1920 census index is at familysearch.org. I\'ll mail you the census pages by Friday.'), FU_PROMISED),
  c('R17 older: "I\'ll mail you copies of the minutes by Friday." (e-mail read back, coded Follow-up by me)', followUp('Those are not online. Can I get your e-mail to send them?', 'I\'ll mail you copies of the minutes by Friday.'), some({ contact: 'pass', onTime: 'pending', code: 'pass' }), FU_ME),
  c('R17 against: "we\'ll mail the card catalog printout to you by Friday"', said('old card catalog entries for my book', 'The scanned catalog is at aldervalleylib.example.org/oldcat. we\'ll mail the card catalog printout to you by Friday'), FU_PROMISED),
  c('R17 against: "We\'ll mail your card renewal info to you tomorrow."', said('how do i renew my card', 'The card page is aldervalleylib.example.org/card. We\'ll mail your card renewal info to you tomorrow.'), FU_PROMISED),
  c('R17 against: "I\'ll email you a list of branches that issue cards by tomorrow."', said('where can i get a card', 'The branch map is aldervalleylib.example.org/branches. I\'ll email you a list of branches that issue cards by tomorrow.'), FU_PROMISED),
];

export const r20: SessionCase[] = [
  // ---- R20 for: the resource given, by its own name, asked whether it suits the need
  c('R20 for: "Does Kanopy sound like it\'ll work for your class?"', said('documentary for my history class', 'Kanopy has several: aldervalleylib.example.org/kanopy. Does Kanopy sound like it\'ll work for your class?'), some({ complete: 'pass' })),
  c('R20 for: "does libby look like itd help u for now?" (chat-speak)', said('audiobook of educated', 'Libby has it: aldervalleylib.example.org/libby. does libby look like itd help u for now?'), some({ complete: 'pass' })),
  c('R20 for: "Do the Chilton manuals seem like they\'d do the trick?"', said('how do i change brake pads on a 2009 civic', 'The Chilton manuals online have it: aldervalleylib.example.org/chilton. Do the Chilton manuals seem like they\'d do the trick?'), some({ complete: 'pass' })),
  // ---- R20 against: a person, an earlier time, something not yet given
  c('R20 against: "Does Attorney Lopez seem like they would help?" (a person)', said('my landlord kept my deposit', 'The tenant guide is at housing.example.gov/deposit. Does Attorney Lopez seem like they would help?'), some({ complete: 'fail' })),
  c('R20 against: "Did WorldCat seem like it would help the last time you tried it?"', said('find this book somewhere else', 'I searched our catalog at aldervalleylib.example.org/catalog and found no copy. Did WorldCat seem like it would help the last time you tried it?'), some({ complete: 'fail' })),
  c('R20 against: "Does Interlibrary Loan seem like it would work for you?" (an offer, not yet given)', said('need an out of print book', 'Our catalog at aldervalleylib.example.org/catalog has no copy. Does Interlibrary Loan seem like it would work for you?'), some({ complete: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'R8 for: "Are the scammers still using your number?" (the number as object)':
    'inquiry.clarify pass expected, fail got: whether the number is still being used by scammers is the patron\'s situation, not how to reach them; R8 reads only "your number [is / been …] hijacked / ported …" with the number as subject. older (v51 fails it the same).',
  'R11 against: "your time with me is up … others are waiting, come back tomorrow"':
    'LABELS DISAGREE (decision 019): the fifteenth and forty-ninth rounds label "your time is up" a dismissal even with an invitation back, and v51 fails these words without "with me"; this label reads the invitation as the way back RUBRIC allows. closing.no_dismissal pass expected, fail got: "your time with me is up" said with other patrons waiting and an invitation to come back tomorrow, which RUBRIC allows; R11 widened v1\'s "your time is up", which ignores an offered way back. R caused on these words (v51 passes them; v51 fails the same message without "with me", so the way back unread is older).',
};

describe('fifty-seventh round: block R, third blind check', () => {
  for (const [t, cs] of [['R8', r8], ['R9', r9], ['R11', r11], ['R17', r17], ['R20', r20]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
