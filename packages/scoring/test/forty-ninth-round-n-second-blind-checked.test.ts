/**
 * Forty-ninth round, second blind check of block N (rubric v48, N3 to N10): cases written without the author's sentences, each
 * labelled from RUBRIC.md's text before it ran, half "for" (the meant behaviour in other words) and half "against" (near misses
 * the block must not read, and older readings it must not break).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - followup.completeness: a question whether the patron's own thing looks like what was given ("Does the stain look like
 *   theirs?") asks about the patron's situation, not whether the information meets the need; "Does Monday help for your
 *   appointment?" and "Does your tutor help for your essay?" ask about something not given.
 * - Hold message: asking leave to take time ("Mind if I take a little while to look?", "¿Le importa si tomo unos minutos…?") is
 *   announcing a wait; asking leave to ask something, or telling the patron to take a few minutes, is not.
 * - approachability.greeting: "You've reached Ask Colorado." names the service but greets no one (no hello, hi, welcome or
 *   thanks); "thanks for using / chatting with Ask <State>" greets like "thanks for contacting…"; an imperative "ask Dana" is a
 *   person to ask, not the service answering.
 * - Referral: bringing something to a shelter, rescue, pantry or vet is visiting an organisation (whatever the verb: drop off,
 *   bring, take, lleve); telling the patron NOT to drop something there, or that a shelter will come to them, is none; a book
 *   drop or return slot is no person or organisation. "go to bed / sleep / work" is no visit; "go to urgent care" is.
 * - closing.no_dismissal: ending the chat because the provider can't do all the questions dismisses, with or without "I" before
 *   "can't"; an e-mail or "come back" for the rest is a way back.
 *
 * COUNTS: written 56 (36 for, 20 against) / first run as labelled 45 / disagreeing 11 / label corrections 0 / final: 45 running,
 * 11 LEFT (v47 scored each as well):
 * - followup.completeness fail/pass "Does your tutor help for your essay?": older
 * - followup.completeness fail/pass "Does Monday help for your appointment?": N caused (N3)
 * - followup.completeness pass/fail "Does that look like hers, or should I keep looking?": older (N4 only at the end)
 * - followup.completeness fail/pass "Does the stain look like theirs?": N caused (N4)
 * - interest.keep_informed fail/pass "Mind if I take a little while to look?" then 180 s: older
 * - interest.keep_informed fail/pass "¿Le importa si tomo unos minutos para buscar?" then 180 s: older
 * - approachability.greeting pass/fail "¡Hola! Gracias por comunicarse con Ask Texas.": older
 * - approachability.greeting fail/pass "Hi! Thanks for reaching out, ask away.": older
 * - referral.contact pass/na "Bring the bird to the wildlife rescue at 1200 Park Rd, …": older
 * - referral.contact pass/na "Drop off the blankets at the animal shelter, 55 Elm St, …": older
 * - closing.no_dismissal fail/pass "Too busy, can't do all of these. Ending the chat now.": older
 * MENDED (the author, after this check): N3's "for your <word>" only before the patron's tasks (essay, project, trip …), and N4
 * only after "that / this / it / these / those / they": both cases block N caused run now. Three older misses of the meant
 * behaviour taken too: N5's "a little while", N7's "Drop off the blankets at …" and "Bring the bird to the wildlife rescue at …"
 * (an animal rescue a party). Final on the mended v48: 50 running, 6 LEFT (all older). After the fourth check N3's "for your
 * <task>" was withdrawn: "Does Libby help for your trip?" goes LEFT with its reason: 49 running, 7 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello, Sam at Riverton Public Library here.';
const { asked, said } = nearMissLines(HI, { branch: 'Which branch is closest to you?', branchReply: 'eastside' });

/** A question, the greeting with a question, the patron's reply, the provider's `hold` at 50, `answer` `gap` seconds later, done, bye (N5). */
const waited = (hold: string, answer: string, gap = 180): Line[] => [
  [0, 'p', 'what size tank does a leopard gecko need'],
  [20, 'l', `${HI} Is it an adult or a baby?`],
  [40, 'p', 'adult'],
  [50, 'l', hold],
  [50 + gap, 'l', answer],
  [80 + gap, 'p', 'great thats all i needed'],
  [90 + gap, 'l', 'Bye now!'],
];
const GECKO = 'An adult leopard gecko needs at least a 20-gallon long tank; see reptilesmagazine.com/leopard-gecko-care.';

/** The provider's first two messages `first` and `second`, then a question answered with a source, done, bye (N6). */
const greeted = (first: string, second = 'What can I look up for you?'): Line[] => [
  [0, 'p', 'hello?'],
  [12, 'l', first],
  [18, 'l', second],
  [45, 'p', 'how do i get a state park camping permit'],
  [65, 'l', 'You can book a campsite and the permit at stateparks.example.gov/reserve. Did that help?'],
  [95, 'p', 'yes thats everything'],
  [105, 'l', 'Bye now!'],
];

/** Three needs; the provider answers the first with a source and then says `end` (N10). */
const tooMany = (end: string): Line[] => [
  [0, 'p', 'i need a lease template, the tenant rights handbook, and how to file in small claims'],
  [20, 'l', `${HI} Which state?`],
  [45, 'p', 'ohio'],
  [65, 'l', "Ohio's tenant handbook is at ohiolegalhelp.org/tenants. Does that help?"],
  [95, 'p', 'yes and the other two?'],
  [105, 'l', end],
];

export const n3n4: SessionCase[] = [
  // ---- N3 for: a time or a purpose after "help"
  c('N3 for: "Does Libby help for your trip?"', asked('audiobooks for a road trip', 'Libby at riverton.overdrive.com has hundreds of audiobooks you can borrow.', 'ooh', 'Does Libby help for your trip?'), some({ complete: 'pass' })),
  c('N3 for: "does the guide help for ur paper?" (chat-speak)', asked('sources on the dust bowl', 'the Dust Bowl research guide at riverton.libguides.com/dustbowl lists books and databases', 'ok', 'does the guide help for ur paper?'), some({ complete: 'pass' })),
  c('N3 for: "Does that help for this weekend?"', asked('family events', 'The events calendar at rivertonlibrary.org/events lists the Saturday puppet show.', 'nice', 'Does that help for this weekend?'), some({ complete: 'pass' })),
  c('N3 for: "Does the schedule help for tomorrow?" (a time the list lacks)', asked('when does the bookmobile come to oak st', 'The bookmobile schedule is at rivertonlibrary.org/bookmobile.', 'ok', 'Does the schedule help for tomorrow?'), some({ complete: 'pass' })),
  c('N3 for: "Does the list help with your project?" (with, not for)', asked('list of ohio governors', 'The Ohio History Connection has the full list at ohiohistory.org/governors.', 'thx', 'Does the list help with your project?'), some({ complete: 'pass' })),
  // ---- N3 against: something not given
  c('N3 against: "Does your tutor help for your essay?" asks about the patron\'s tutor', asked('how do i cite a podcast in mla', 'The Purdue OWL page at owl.purdue.edu/mla shows podcast citations.', 'ok', 'Does your tutor help for your essay?'), some({ complete: 'fail' })),
  c('N3 against: "Does Monday help for your appointment?" asks about a time', asked('can i book a tech help session', 'You can book one-on-one tech help at rivertonlibrary.org/techhelp.', 'ok', 'Does Monday help for your appointment?'), some({ complete: 'fail' })),
  // ---- N4 for: whether what was given is what the patron wanted
  c('N4 for: "Do these look like yours?"', asked('photos of the old riverton depot', 'The depot photos are in our digital collection at rivertonlibrary.org/digital/depot.', 'wow', 'Do these look like yours?'), some({ complete: 'pass' })),
  c('N4 for: "does that look like ur grandpa\'s?" (chat-speak)', asked('my grandpas ww2 unit patch', 'the 37th Infantry Division patch is shown at history.army.mil/patches/37th', 'hmm', "does that look like ur grandpa's?"), some({ complete: 'pass' })),
  c('N4 for: "Do any of those look like his?"', asked('my dads old tractor model', 'The 1950s Farmall catalog at archive.org/details/farmall1955 shows every model.', 'cool', 'Do any of those look like his?'), some({ complete: 'pass' })),
  c('N4 for: "Does this look like the one you remember?" (words after "the one")', asked('a picture book about a blue whale from the 80s', 'Could it be "Big Blue Whale" by Nicola Davies? The cover is at worldcat.org.', 'maybe', 'Does this look like the one you remember?'), some({ complete: 'pass' })),
  c('N4 for: "Does that look like hers, or should I keep looking?" (not at the end)', asked('my moms blue cookbook from the 70s', 'The 1972 "Betty Crocker\'s Cookbook" cover is at archive.org/details/bettycrocker1972.', 'hmm', 'Does that look like hers, or should I keep looking?'), some({ complete: 'pass' })),
  // ---- N4 against: the patron's own thing, not what was given
  c('N4 against: "Does the stain look like theirs?" asks about the patron\'s quilt', asked('how do i get rust out of an old quilt', 'The Smithsonian textile care guide at si.edu/mci/textiles has photos of rust stains.', 'ok', 'Does the stain look like theirs?'), some({ complete: 'fail' })),
  c('N4 against: "Did hers look like yours?" asks about the patron\'s memory', asked('my moms blue cookbook from the 70s', 'I found the 1972 "Betty Crocker\'s Cookbook" record in our catalog.', 'hmm', 'Did hers look like yours?'), some({ complete: 'fail' })),
];

export const n5: SessionCase[] = [
  // ---- for: asking leave to take time is a hold: the 180 s after it is a wait on the provider
  c('N5 for: "mind if i take a few mins to dig?" then 180 s', waited('mind if i take a few mins to dig?', GECKO), some({ informed: 'fail' })),
  c('N5 for: "Would you mind if I take a couple of minutes to check?" then 180 s', waited('Would you mind if I take a couple of minutes to check?', GECKO), some({ informed: 'fail' })),
  c('N5 for: "Do you mind if we spend a few minutes looking?" then 180 s', waited('Do you mind if we spend a few minutes looking?', GECKO), some({ informed: 'fail' })),
  c('N5 for: "Mind if I take a little while to look?" then 180 s', waited('Mind if I take a little while to look?', GECKO), some({ informed: 'fail' })),
  c('N5 for: "¿Le importa si tomo unos minutos para buscar?" then 180 s', waited('¿Le importa si tomo unos minutos para buscar?', GECKO), some({ informed: 'fail' })),
  c('N5 for: "Mind if I take a sec?" then the answer at 100 s', waited('Mind if I take a sec?', GECKO, 100), some({ informed: 'pass' })),
  // ---- against: asking leave to ask, or the patron told to take time: no hold, the 180 s is a wait on the patron
  c('N5 against: "Mind if I ask how long the tank is?" then 180 s', waited('Mind if I ask how long the tank is?', GECKO), some({ informed: 'pass' })),
  c('N5 against: "Do you mind if I take your word on the size?" then 180 s', waited('Do you mind if I take your word that it is full grown?', GECKO), some({ informed: 'pass' })),
  c('N5 against: "Feel free to take a few minutes to measure it." then 180 s', waited('Feel free to take a few minutes to measure it.', GECKO), some({ informed: 'pass' })),
];

export const n6: SessionCase[] = [
  // ---- for: a greeting and the service's "Ask <Name>"
  c('N6 for: "Hey, thanks for using Ask Maine!"', greeted('Hey, thanks for using Ask Maine!'), some({ greeting: 'pass' })),
  c('N6 for: "Welcome! You have reached Ask Nebraska."', greeted('Welcome! You have reached Ask Nebraska.'), some({ greeting: 'pass' })),
  c('N6 for: "hi from ask wisconsin :)" (lower case)', greeted('hi from ask wisconsin :)'), some({ greeting: 'pass' })),
  c('N6 for: "Good morning, this is Ask Delaware."', greeted('Good morning, this is Ask Delaware.'), some({ greeting: 'pass' })),
  c('N6 for: "Thank you for contacting Ask Ohio, how can I help?"', greeted('Thank you for contacting Ask Ohio, how can I help?', 'Go ahead whenever you are ready.'), some({ greeting: 'pass' })),
  c('N6 for: "¡Hola! Gracias por comunicarse con Ask Texas."', greeted('¡Hola! Gracias por comunicarse con Ask Texas.'), some({ greeting: 'pass' })),
  // ---- against: no one identified, or no greeting
  c('N6 against: "Hi! Thanks for reaching out, ask away."', greeted('Hi! Thanks for reaching out, ask away.'), some({ greeting: 'fail' })),
  c('N6 against: "Hello! Thank you for contacting, ask Dana."', greeted('Hello! Thank you for contacting, ask Dana.'), some({ greeting: 'fail' })),
  c('N6 against: "You\'ve reached Ask Colorado." with no greeting', greeted("You've reached Ask Colorado."), some({ greeting: 'fail' })),
  c('N6 against: "Hi there, you\'ve reached the right spot, ask anything."', greeted("Hi there, you've reached the right spot, ask anything."), some({ greeting: 'fail' })),
];

export const n7n9: SessionCase[] = [
  // ---- N7 for: bring something to a shelter, rescue, pantry or vet
  c('N7 for: "drop it off at the food bank, 412 W 5th St, Riverton OH 45402"', said('where can i give canned food', 'You can drop it off at the food bank, 412 W 5th St, Riverton OH 45402, weekdays 9 to 4.'), some({ referral: 'pass' })),
  c('N7 for: "drop them off at your local vet" (no contact)', said('found a hurt rabbit and her babies', 'Keep them in a quiet box and drop them off at your local vet as soon as you can.'), some({ referral: 'fail' })),
  c('N7 for: "Bring the bird to the wildlife rescue at 1200 Park Rd, Riverton OH" (bring)', said('found a baby bird', 'Bring the bird to the wildlife rescue at 1200 Park Rd, Riverton OH 45402.'), some({ referral: 'pass' })),
  c('N7 for: "Drop off the blankets at the animal shelter, 55 Elm St" (other order)', said('who takes old blankets', 'Drop off the blankets at the animal shelter, 55 Elm St, Riverton OH 45402.'), some({ referral: 'pass' })),
  c('N7 for: "take the puppy to a vet asap" (no contact)', said('my puppy ate grapes', 'take the puppy to a vet asap, grapes are toxic to dogs.'), some({ referral: 'fail' })),
  // ---- N7 against
  c('N7 against: "Don\'t drop them off at the shelter, they are full" (negated)', said('found kittens under my porch', "Don't drop them off at the shelter, they are full this month; the kitten care guide is at aspca.org/kittens."), some({ referral: 'na' })),
  c('N7 against: "drop them off in the return slot"', said('can i return dvds at night', 'Yes, just drop them off in the return slot by the front door.'), some({ referral: 'na' })),
  // ---- N8 for: Spanish parties
  c('N8 for: "Llame a un rehabilitador de vida silvestre." (no contact)', said('encontre un mapache herido', 'No lo toque. Llame a un rehabilitador de vida silvestre lo antes posible.'), some({ referral: 'fail' })),
  c('N8 for: "llame a una clínica veterinaria: (614) 555-0190"', said('mi gato no come hace dos dias', 'Es urgente: llame a una clínica veterinaria: (614) 555-0190 atiende las 24 horas.'), some({ referral: 'pass' })),
  c('N8 for: "Lleve al perro a una clínica veterinaria hoy." (lleve, no contact)', said('mi perro comio uvas', 'Lleve al perro a una clínica veterinaria hoy; las uvas son tóxicas.'), some({ referral: 'fail' })),
  // ---- N8 against
  c('N8 against: "No hace falta llamar al veterinario" (negated)', said('mi perro comio un poco de pan', 'No hace falta llamar al veterinario por un poco de pan; la guía de la ASPCA en aspca.org/es lo explica.'), some({ referral: 'na' })),
  c('N8 against: "El control de animales publica las reglas en …" (a publication)', said('cuantos perros puedo tener', 'El control de animales de la ciudad publica las reglas en riverton.example.gov/mascotas.'), some({ referral: 'na' })),
  // ---- N9 for: "go to" bed, sleep or work is no visit
  c('N9 for: "unplug it before u go to bed" is no referral', said('is it ok to leave a space heater on', 'unplug it before u go to bed and keep it off rugs, the tips are at nfpa.org/heaters'), some({ referral: 'na' })),
  c('N9 for: "If you go to work early, set the timer" is no referral', said('my slow cooker question', 'If you go to work early, set the timer to warm after 8 hours; the manual is at crock-pot.com/manuals.'), some({ referral: 'na' })),
  // ---- N9 against: still a visit
  c('N9 against: "go to urgent care if it blisters" refers (no contact)', said('burned my hand on the stove', 'Run it under cool water for 10 minutes, and go to urgent care if it blisters.'), some({ referral: 'fail' })),
  c('N9 against: "Go to the BMV with your old title" refers (no contact)', said('how do i replace a lost car title in ohio', 'Go to the BMV with your ID and the old title number.'), some({ referral: 'fail' })),
];

export const n10: SessionCase[] = [
  // ---- for: the chat ended because the provider can't do all of them
  c('N10 for: "we can\'t answer all of those, so I have to close this chat."', tooMany("Sorry, we can't answer all of those, so I have to close this chat."), some({ dismissal: 'fail' })),
  c('N10 for: "i cant get to all of these, im gonna close the chat"', tooMany('i cant get to all of these, im gonna close the chat'), some({ dismissal: 'fail' })),
  c('N10 for: "I cannot do all of these. I\'ll end our conversation here."', tooMany("I cannot do all of these. I'll end our conversation here."), some({ dismissal: 'fail' })),
  c('N10 for: "Too busy, can\'t do all of these. Ending the chat now." (no "I")', tooMany("Too busy, can't do all of these. Ending the chat now."), some({ dismissal: 'fail' })),
  // ---- against: help goes on, or a way back
  c('N10 against: "I can\'t do all of these, but let\'s take small claims next"', tooMany("I can't do all of these, but let's take small claims next: the court's guide is at ohiolegalhelp.org/smallclaims."), some({ dismissal: 'pass' })),
  c('N10 against: "I\'m closing this chat now, but email ask@rivertonlibrary.org for the rest"', tooMany("I can't do all of these today. I'm closing this chat now, but email ask@rivertonlibrary.org for the rest and we'll answer."), some({ dismissal: 'pass' })),
  c('N10 against: "I can\'t end the chat until we get through all of these"', tooMany("I can't end the chat until we get through all of these, so next the lease template: ohiolegalhelp.org/lease."), some({ dismissal: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'N3 for: "Does Libby help for your trip?"':
    'followup.completeness: expected pass, got fail. The provider had given the source and asks whether it serves the patron\'s task; v48 N3 first read "for your <task>" after "help", but the blind checks found the same words asking about a day or the patron\'s own plans ("Does Monday help for your appointment?", "Does Thursday help for your class?", "Does mulch help for your garden?"), and only the chat before tells them apart, so that part of N3 was withdrawn (decision 020: the words alone cannot tell); older: v47 fails it too',
  "N3 against: \"Does your tutor help for your essay?\" asks about the patron's tutor":
    "followup.completeness: expected fail, got pass. \"Does your tutor help for your essay?\" asks about the patron's tutor, nothing given; older: v47 passes it too (v1's \"Does <1-3 words> help\" already reads it).",
  'N4 for: "Does that look like hers, or should I keep looking?" (not at the end)':
    "followup.completeness: expected pass, got fail. \"Does that look like hers, or should I keep looking?\" asks whether what was given is what the patron wanted; older: v47 fails it too (N4 reads only at the sentence's end, so N does not reach it).",
  'N5 for: "¿Le importa si tomo unos minutos para buscar?" then 180 s':
    'interest.keep_informed: expected fail, got pass. "¿Le importa si tomo unos minutos para buscar?" is the Spanish hold, then 180 s; older: v47 passes it too (N5 is English only).',
  'N6 for: "¡Hola! Gracias por comunicarse con Ask Texas."':
    'approachability.greeting: expected pass, got fail. "¡Hola! Gracias por comunicarse con Ask Texas." greets and names the service; older: v47 fails it too (N6 knows only English lead-ins).',
  'N6 against: "Hi! Thanks for reaching out, ask away."':
    'approachability.greeting: expected fail, got pass. "Hi! Thanks for reaching out, ask away." names no one (an imperative, not the AskAway service); older: v47 passes it too (N6 excludes "away"; an older service-name reading takes "ask away").',
  "N10 for: \"Too busy, can't do all of these. Ending the chat now.\" (no \"I\")":
    "closing.no_dismissal: expected fail, got pass. \"Too busy, can't do all of these. Ending the chat now.\" ends the help for the provider's convenience with no way back; older: v47 passes it too (v41's phrase and N10 want \"I/we\" before \"can't\").",
};

describe('forty-ninth round: block N checked blind a second time', () => {
  for (const [t, cs] of [['N3 and N4', n3n4], ['N5', n5], ['N6', n6], ['N7 to N9', n7n9], ['N10', n10]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
