/**
 * Fifty-fifth round, fifth blind check of block Q (rubric v51): the last readings and mends, Q19 (dismissals: "you've had your
 * turn / go / share", "a few / a couple of / lots of … other things to do"), Q20 ("So your … was … and you need …" restatements),
 * Q2's persons and earlier times ("Does <resource> get you what you need?"), Q15's interview ("they'll call you for an
 * interview"), each tried both ways in new wording, with the older readings next to them. Labelled from RUBRIC.md before the
 * first run (a copy of the labels: /tmp/q-fifth-blind-labels.ts).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - closing.no_dismissal: "you've had your turn / go / share" (for today, for the day, just) tells the patron their time is up
 *   (fail); with other patrons waiting and an invitation to come back, RUBRIC's allowed close (pass). "I've got a few more things
 *   to finish on your search, one moment" is a hold, the help goes on (pass); "We have lots of other things to do for kids this
 *   summer: …" describes the library's programs, it ends nothing (pass). A turn with a kit, a go "after you've …", a share of
 *   free prints: no time up in the chat (pass).
 * - inquiry.clarify: "So your <situation> … and you need / want / are trying …" before the first source restates the question
 *   (pass), Spanish "Entonces su … y necesita …" too; news or instructions in that shape ("So your card is active now and you
 *   need to set a PIN") restate nothing (fail when nothing else is asked); after the source nothing counts.
 * - followup.completeness: a named resource asked whether it gave what was needed counts; a person ("Coach Rivera", "Tía
 *   Carmen", "Councilmember Ortiz") or an earlier time ("the first time you looked", "on Monday", "last semester") is not a
 *   question whether the information just given meets the need (fail).
 * - followup.*: an agency's interview call ("Medicaid will call u in a few days about ur interview") is no promise of the
 *   library's (na); the library's own call or e-mail to set up its mock or oral-history interview is "someone from your library
 *   will contact you" (a follow-up session: pending, contact fail without a confirmed contact).
 *
 * COUNTS. Written: 38 cases (14 Q19, 9 Q20, 9 Q2, 6 Q15), each labelled from RUBRIC.md before the first run. First run: 26 as
 * labelled, 12 disagreeing. Label corrections: 0 (each disagreement kept its label after rereading RUBRIC). Final: 26 running, 12
 * LEFT (each scored under rubricV50 too):
 * - closing.no_dismissal pass/fail: "You've had your turn for today; other patrons are waiting, but please come back tomorrow …" (Q caused)
 * - closing.no_dismissal pass/fail: "We have lots of other things to do for kids this summer too, like storytimes …" (Q caused)
 * - inquiry.clarify pass/fail: "Entonces su tarjeta fue robada y necesita una nueva." (older)
 * - inquiry.clarify fail/pass: "So your card is active now and you need to set a PIN before you log in." (Q caused)
 * - inquiry.clarify fail/pass: "So your hold has shipped and you want to watch your email for the pickup notice." (Q caused)
 * - inquiry.clarify fail/pass: "So your branch has a new printer and you need to bring a flash drive for it." (Q caused)
 * - followup.completeness fail/pass: "Did Tía Carmen give you what you needed?" (Q caused)
 * - followup.completeness fail/pass: "Did Councilmember Ortiz get you what you needed?" (Q caused)
 * - followup.completeness fail/pass: "Did HeritageQuest give you what you needed the first time you looked?" (Q caused)
 * - followup.completeness fail/pass: "Did Libby give you what you needed on Monday?" (Q caused)
 * - followup.contact/on_time/resolution.code fail,pending,fail / na,na,pass: "Our job coach will call you next week for a mock interview." (Q caused)
 * - followup.contact/on_time fail,pending / na,na: "We'll email you in a few days to set up your oral history interview." (Q caused)
 *
 * AFTER THE MENDS (the author's, labels unchanged): 10 of the 12 LEFT run. Mended: Q19's convenience only with "I / we" and not
 * before "for / with / at / like …" (the library's programs), Q20 not before an instruction's verb ("you need to set / bring …",
 * "you want to watch …"), more titles and family words (Spanish too, "Councilmember"), more earlier times ("the first time",
 * "on Monday"), Q15 not a mock, practice or oral history interview (the library's own). 2 stay LEFT: the Spanish restatement
 * (older) and "You've had your turn for today; … please come back tomorrow", whose label disagrees with the older rounds'
 * (decision 019: "your time is up" is a dismissal even with an invitation back). 36 running, 2 LEFT.
 *
 * ON v52 (block R, R9): the Spanish restatement "Entonces su tarjeta fue robada y necesita una nueva." reads as labelled and runs:
 * 37 running, 1 LEFT (the "had your turn" label, decision 019).
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, you have reached Lee at the Marlow Public Library chat.';
const { said, asked, followUp } = nearMissLines(HI, { branch: 'Which Marlow branch is yours?', branchReply: 'eastside' });

export const q19: SessionCase[] = [
  // ---- for: the patron's time is up, or the help ends for the provider's convenience (fail)
  c('Q19 for: "u\'ve already had ur go today, sorry, closing this chat now"', said('more tax questions pls', 'the state forms are at marlowtax.example.gov/forms. u\'ve already had ur go today, sorry, closing this chat now'), some({ dismissal: 'fail' })),
  c('Q19 for: "You have had your share for the day. I\'m signing off now."', said('can u look up five more recipes', 'The cookbook list is at marlowlib.example.org/cookbooks. You have had your share for the day. I\'m signing off now.'), some({ dismissal: 'fail' })),
  c('Q19 for: "You\'ve just had your turn, so that\'s it from me."', said('one more question about the census', 'The 1950 census is at 1950census.archives.gov. You\'ve just had your turn, so that\'s it from me.'), some({ dismissal: 'fail' })),
  c('Q19 for: "I have a couple of other things to take care of, so I\'m going to end the chat here."', said('help with my resume format', 'Resume templates are at marlowlib.example.org/jobs. I have a couple of other things to take care of, so I\'m going to end the chat here.', 'Bye.'), some({ dismissal: 'fail' })),
  c('Q19 for: "ive got lots of other stuff to do so im gonna go"', said('can u find my great aunts obit', 'obits are indexed at marlowlib.example.org/obits. ive got lots of other stuff to do so im gonna go', 'bye'), some({ dismissal: 'fail' })),
  c('Q19 for: "We have a ton of other work to finish, so we\'re closing this one out."', said('i need more articles on climate', 'GreenFILE is at marlowlib.example.org/greenfile. We have a ton of other work to finish, so we\'re closing this one out.', 'Bye.'), some({ dismissal: 'fail' })),
  c('older for: "Your time is up, I\'m ending the chat."', said('and what about the 1960 one', 'The 1960 maps are at marlowlib.example.org/maps. Your time is up, I\'m ending the chat.', 'Bye.'), some({ dismissal: 'fail' })),
  // ---- against: no time up, a hold, a way back (pass)
  c('Q19 against: "After you\'ve had your go, the next person on the waitlist gets the laptop."', said('how long can i keep the laptop', 'The laptop rules are at marlowlib.example.org/laptops. After you\'ve had your go, the next person on the waitlist gets the laptop.'), some({ dismissal: 'pass' })),
  c('Q19 against: "You\'ve had your turn with the telescope kit, so it goes to the next hold"', said('can i renew the telescope', 'Kits with holds cannot be renewed: marlowlib.example.org/kits. You\'ve had your turn with the telescope kit, so it goes to the next person on the hold list now.'), some({ dismissal: 'pass' })),
  c('Q19 against: "Since you\'ve had your share of free prints this week, more pages cost 10 cents."', said('why did printing cost money', 'The print policy is at marlowlib.example.org/print. Since you\'ve had your share of free prints this week, more pages cost 10 cents.'), some({ dismissal: 'pass' })),
  c('Q19 against: "You\'ve had your turn for today; other patrons are waiting, but please come back tomorrow"', said('and can you check three more titles', 'Those are in the catalog at marlowlib.example.org/catalog. You\'ve had your turn for today; other patrons are waiting, but please come back tomorrow and we\'ll keep going.'), some({ dismissal: 'pass' })),
  c('Q19 against: "I\'ve got a few more things to finish on your search, one moment please." (a hold)', said('anything on the 1913 flood', 'Our flood photos are at marlowlib.example.org/flood1913. I\'ve got a few more things to finish on your search, one moment please.'), some({ dismissal: 'pass' })),
  c('Q19 against: "We have lots of other things to do for kids this summer" (programs)', said('is there summer reading for kids', 'Summer reading signup is at marlowlib.example.org/summer. We have lots of other things to do for kids this summer too, like storytimes and Lego club.'), some({ dismissal: 'pass' })),
  c('older against: "Other patrons are waiting, so I need to wrap up, but feel free to come back later today."', said('what about more books on knitting', 'Knitting books are at marlowlib.example.org/knit. Other patrons are waiting, so I need to wrap up, but feel free to come back later today.'), some({ dismissal: 'pass' })),
];

export const q20: SessionCase[] = [
  // ---- for: the situation and need said back before the source (pass)
  c('Q20 for: "so ur apartment got flooded and u need help with the renters insurance claim"', asked('my apartment flooded what do i do about insurance', 'so ur apartment got flooded and u need help with the renters insurance claim', 'yeah', 'The state insurance office explains claims at marlowins.example.gov/renters.'), some({ clarify: 'pass' })),
  c('Q20 for: "So your landlord has kept the deposit and you want to know what the law says."', asked('landlord wont give my deposit back', 'So your landlord has kept the deposit and you want to know what the law says.', 'exactly', 'The tenant handbook is at marlowhousing.example.gov/deposits.'), some({ clarify: 'pass' })),
  c('Q20 for: "So your dad\'s pension checks have been late and you\'re trying to find out who to call."', asked('my dads pension checks keep coming late', 'So your dad\'s pension checks have been late and you\'re trying to find out who to call.', 'yes', 'The pension guide is at marlowlib.example.org/pensions.'), some({ clarify: 'pass' })),
  c('Q20 for: "So your car got towed last night and you would like to get it back today."', asked('they towed my car', 'So your car got towed last night and you would like to get it back today.', 'yes please', 'The city tow lot page is marlowcity.example.gov/towing.'), some({ clarify: 'pass' })),
  c('Q20 for (es): "Entonces su tarjeta fue robada y necesita una nueva."', asked('me robaron la tarjeta de la biblioteca', 'Entonces su tarjeta fue robada y necesita una nueva.', 'si', 'La tarjeta nueva es gratis: marlowlib.example.org/tarjeta.'), some({ clarify: 'pass' })),
  // ---- against: news or instructions, or after the source (fail)
  c('Q20 against: "So your card is active now and you need to set a PIN before you log in." (instructions)', asked('is my card working yet', 'So your card is active now and you need to set a PIN before you log in.', 'ok', 'The PIN page is marlowlib.example.org/pin.'), some({ clarify: 'fail' })),
  c('Q20 against: "So your hold has shipped and you want to watch your email for the pickup notice." (news)', asked('where is my hold', 'So your hold has shipped and you want to watch your email for the pickup notice.', 'ok', 'Your holds are listed at marlowlib.example.org/account.'), some({ clarify: 'fail' })),
  c('Q20 against: "So your branch has a new printer and you need to bring a flash drive for it." (the library)', asked('can i print at eastside', 'So your branch has a new printer and you need to bring a flash drive for it.', 'ok', 'The printing guide is at marlowlib.example.org/print.'), some({ clarify: 'fail' })),
  c('Q20 against: the restatement only after the source', asked('my scanner broke, how do i digitize slides', 'The Memory Lab has a slide scanner: marlowlib.example.org/memorylab.', 'ok', 'So your scanner is broken and you need another way to digitize the slides.'), some({ clarify: 'fail' })),
];

export const q2: SessionCase[] = [
  // ---- for: a named resource asked whether it meets the need (pass)
  c('Q2 for: "Did WorldCat get u what u needed?"', said('need a copy of an old thesis', 'WorldCat lists libraries that own it: worldcat.org. Did WorldCat get u what u needed?'), some({ complete: 'pass' })),
  c('Q2 for: "Does MedlinePlus give you what you\'re looking for?"', said('what is a thyroid panel', 'MedlinePlus explains it at medlineplus.gov/lab-tests/thyroid-tests. Does MedlinePlus give you what you\'re looking for?'), some({ complete: 'pass' })),
  c('Q2 for: "Will Chilton Library give you what you need for the brake job?"', said('brake pads for a 2009 civic', 'Chilton Library has the repair steps: marlowlib.example.org/chilton. Will Chilton Library give you what you need for the brake job?'), some({ complete: 'pass' })),
  // ---- against: a person, or an earlier time (fail)
  c('Q2 against: "Did Coach Rivera give you what you needed?"', said('training plans for a 5k', 'The running guides are at marlowlib.example.org/running. Did Coach Rivera give you what you needed?'), some({ complete: 'fail' })),
  c('Q2 against: "Did Tía Carmen give you what you needed?" (a family word, Spanish)', said('recetas de tamales', 'Hay recetas en marlowlib.example.org/cocina. Did Tía Carmen give you what you needed?'), some({ complete: 'fail' })),
  c('Q2 against: "Did Councilmember Ortiz get you what you needed?"', said('zoning rules for a shed', 'The zoning code is at marlowcity.example.gov/zoning. Did Councilmember Ortiz get you what you needed?'), some({ complete: 'fail' })),
  c('Q2 against: "Did HeritageQuest give you what you needed the first time you looked?"', said('my grandma in the 1930 census', 'HeritageQuest has the 1930 census: marlowlib.example.org/hq. Did HeritageQuest give you what you needed the first time you looked?'), some({ complete: 'fail' })),
  c('Q2 against: "Did Libby give you what you needed on Monday?"', said('audiobooks for my trip', 'Libby has audiobooks: marlowlib.example.org/libby. Did Libby give you what you needed on Monday?'), some({ complete: 'fail' })),
  c('Q2 against: "Did Ancestry give you what you were after last semester?"', said('ship lists for my history paper', 'Ancestry has passenger lists: marlowlib.example.org/ancestry. Did Ancestry give you what you were after last semester?'), some({ complete: 'fail' })),
];

export const q15: SessionCase[] = [
  // ---- for: the agency's interview, no promise (na)
  c('Q15 for: "Medicaid will call u in a few days about ur interview"', said('how long does medicaid take', 'the steps are at marlowhealth.example.gov/medicaid. Medicaid will call u in a few days about ur interview'), some({ contact: 'na', onTime: 'na', code: 'pass' })),
  c('Q15 for: "HR will email you next week to schedule a second interview."', said('did i get the city job', 'City job status is at marlowcity.example.gov/jobs. HR will email you next week to schedule a second interview.'), some({ contact: 'na', onTime: 'na' })),
  c('Q15 for: "The housing authority will call you tomorrow for your intake interview."', said('section 8 application next steps', 'The checklist is at marlowhousing.example.gov/apply. The housing authority will call you tomorrow for your intake interview.'), some({ contact: 'na', onTime: 'na' })),
  // ---- against: the library's own promise (a follow-up session)
  c('Q15 against: "Our job coach will call you next week for a mock interview." (the library)', said('help practicing for an interview', 'Interview tips are at marlowlib.example.org/jobs. Our job coach will call you next week for a mock interview.'), some({ contact: 'fail', onTime: 'pending', code: 'fail' })),
  c('Q15 against: "We\'ll email you in a few days to set up your oral history interview." (the library\'s project)', said('i want to be in the veterans oral history project', 'The project page is marlowlib.example.org/oralhistory. We\'ll email you in a few days to set up your oral history interview.'), some({ contact: 'fail', onTime: 'pending' })),
  c('older against: "Our job coach will e-mail you about your interview questions by Thursday." (e-mail read back)', followUp('Can our job coach send you practice questions? What e-mail should she use?', 'Our job coach will e-mail you about your interview questions by Thursday.'), some({ contact: 'pass', onTime: 'pending' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'Q19 against: "You\'ve had your turn for today; other patrons are waiting, but please come back tomorrow"':
    'closing.no_dismissal, expected pass, got fail: "You\'ve had your turn for today; other patrons are waiting, but please come back tomorrow and we\'ll keep going." is RUBRIC\'s allowed close (other patrons waiting, an invitation back), but Q19\'s "had your turn" is read whatever way back follows. Q caused (v50: pass). LABELS DISAGREE (decision 019): older rounds label "your time is up" a dismissal even with an invitation back (fifteenth round\'s macros: "Your time is up for today; please start a new chat tomorrow"; forty-ninth round\'s pets 51: "… your time is up. Feel free to start a new chat tomorrow."), and v50 already fails "Your time is up; other patrons are waiting, but please come back tomorrow"; Q19 reads "You\'ve had your turn for today" as that time up, so this label and the older ones cannot both run.',
};

describe('fifty-fifth round: block Q, fifth blind check', () => {
  for (const [t, cs] of [['Q19', q19], ['Q20', q20], ['Q2', q2], ['Q15', q15]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
