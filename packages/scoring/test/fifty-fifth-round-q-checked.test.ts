/**
 * Fifty-fifth round: block Q's readings (rubric v51) tried both ways, in cases written with the block and labelled from RUBRIC.md
 * before they ran.
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Q1: "yep cool that's it", "awesome, that's it thx" say on the patron's own that they are done (RUBRIC's "that's all I
 *   needed"); "yes that's it!" after "Is this the one?" names the thing found and says nothing of being done.
 * - Q2, Q10: "Does Street View get you what you need for now?", "does Google Maps answer your question?", "Does that match what
 *   you're seeing?" ask whether what was given meets the need; "Did Dr. Patel answer your question?" asks about someone else.
 * - Q3-Q6, Q12, Q13: filing papers at an office ("you file it at your county tag office"), applying with an agency ("apply w/
 *   FEMA"), trying a charity or a church ("try red cross or a local church"), taking papers to an agency ("Bring it with your ID
 *   to Social Security"), the patron told what they must do ("u gotta call …", "ur supposed to call …"), "Dígale que llame hoy
 *   mismo a Western Union al …" and "Send the collector a letter" tell the patron to contact or visit a party (RUBRIC Terms,
 *   Referral); a bus taken to an agency, a church's records, "If you bring it to …" do not.
 * - Q7: "After you send it, call the county clerk to confirm." refers the patron to the clerk (the "send it" before it names no
 *   party).
 * - Q8: "Entréguelo en la oficina del registro civil" tells the patron to take the papers to the office.
 * - Q9: "Calle 5 #120, Monterrey, NL 64000", "400 Calle Mayor", "Calle Mayor 400" are postal addresses; "la calle 5" alone is a
 *   street, no way to reach anyone.
 *
 * - Q19: "You've had your turn for today, so I'm ending the chat now." tells the patron their time is up; "I've got a few other
 *   things to get to, so I'll stop here." ends the help for the provider's convenience (RUBRIC closing.no_dismissal).
 * - Q20: "So your card was stolen and you need a new one — got it." restates the need (RUBRIC inquiry.clarify).
 *
 * COUNTS. Written: 54 cases, each labelled before it ran: 42 with the first cut, 7 with the mends after the first two blind
 * checks (Q14-Q17), 5 with Q19 and Q20. All 54 ran as labelled at once; 54 running, 0 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hi, this is Ana at Corbin County Library.';
const { said, asked, done } = nearMissLines(HI);

export const q1q2: SessionCase[] = [
  // ---- Q1 for: the patron says they are done after a word of approval
  c('Q1 for: "yep cool that\'s it" after "Did you get what you needed?"', done('do u lend vhs adapters', 'Yes, the Memory Lab kit has one: corbinlib.example.org/memorylab. Did you get what you needed?', "yep cool that's it"), some({ anything: 'pass' })),
  c('Q1 for: "awesome, that\'s it thx"', done('when does the pool open', 'The outdoor pool opens June 1: corbinparks.example.org/pool. Does that help?', "awesome, that's it thx"), some({ anything: 'pass' })),
  c('Q1 for: "got it, that\'s it for real"', done('is there a fee for a card', 'Cards are free for county residents: corbinlib.example.org/card. Does that help?', "got it, that's it"), some({ anything: 'pass' })),
  // ---- Q1 against: "yes that's it" names the thing found; "cool" alone says nothing
  c('Q1 against: "yes that\'s it!" after "Is this the one?"', done('looking for a book about a blue dog, kids', 'Could it be "Blue Dog" by George Rodrigue? It is in the catalog: corbinlib.example.org/cat/bluedog. Is this the one?', "yes that's it!"), some({ anything: 'fail' })),
  c('Q1 against: "cool thanks" alone', done('when does the pool open', 'The outdoor pool opens June 1: corbinparks.example.org/pool. Does that help?', 'cool thanks'), some({ anything: 'fail' })),
  // ---- Q2 and Q10 for
  c('Q2 for: "Does Street View get you what you need for now?"', said('need a picture of my house before the storm', 'Google Street View often has dated images of a street: google.com/maps. Does Street View get you what you need for now?'), some({ complete: 'pass' })),
  c('Q2 for: "does Google Maps answer your question?"', said('how far is the branch from the bus station', 'The route is on Google Maps at google.com/maps (about a 10 minute walk). does Google Maps answer your question?'), some({ complete: 'pass' })),
  c('Q2 for: "Did Ancestry Library Edition give you what you were after?"', said('my grandpa in the 1940 census', 'Ancestry Library Edition has the 1940 census; use it at corbinlib.example.org/ancestry. Did Ancestry Library Edition give you what you were after?'), some({ complete: 'pass' })),
  c('Q10 for: "Does that match what you\'re seeing?"', said('vine with white flowers taking over my fence', 'It sounds like field bindweed; photos are at extension.example.edu/bindweed. Does that match what you\'re seeing?'), some({ complete: 'pass' })),
  // ---- Q2 and Q10 against
  c('Q2 against: "Did Dr. Patel answer your question?" asks about the doctor', said('what does my blood test mean', 'MedlinePlus explains the test at medlineplus.gov/lab-tests. Did Dr. Patel answer your question?'), some({ complete: 'fail' })),
  c('Q2 against: "Did Maria give you what you needed last time?"', said('more books like the ones maria found', 'The read-alike lists are at corbinlib.example.org/readalikes. Did Maria give you what you needed last time?'), some({ complete: 'fail' })),
  c('Q10 against: "the photos match the description" (no question)', said('is this bug a stink bug', 'The photos at extension.example.edu/stinkbug match the description you gave.'), some({ complete: 'fail' })),
];

export const q3q8: SessionCase[] = [
  // ---- Q3
  c('Q3 for: "you file it at your county tag office" (no contact)', said('car title lost in flood', 'The form is at dor.example.gov/title; you file it at your county tag office.'), some({ referral: 'fail' })),
  c('Q3 for: "File them at the county recorder\'s office, 410-555-0100."', said('where do deeds go', 'The deed forms are at corbindeeds.example.gov. File them at the county recorder\'s office, 410-555-0100.'), some({ referral: 'pass' })),
  c('Q3 against: "Staff file them at the records office" (staff act)', said('what happens to my form', 'The steps are at corbinlib.example.org/forms. Staff file them at the records office each week.'), some({ referral: 'na' })),
  // ---- Q4
  c('Q4 for: "apply w/ FEMA …, otherwise try red cross or a local church" (no contact)', said('lost everything in a fire, money for furniture?', 'apply w/ FEMA if its a declared disaster, otherwise try red cross or a local church'), some({ referral: 'fail' })),
  c('Q4 for: "Apply with FEMA at disasterassistance.gov or 1-800-621-3362."', said('flood damage help', 'The county recovery page is corbin.example.gov/recovery. Apply with FEMA at disasterassistance.gov or 1-800-621-3362.'), some({ referral: 'pass' })),
  c('Q4 for: "try the Salvation Army" (no contact)', said('need a meal tonight', 'The food map is at corbinfood.example.org. Also try the Salvation Army on Fifth Street.'), some({ referral: 'fail' })),
  c('Q4 against: "try the church records" (a source)', said('my great-grandma baptism 1890', 'FamilySearch has indexed baptisms at familysearch.org. You could also try the church records on microfilm.'), some({ referral: 'na' })),
  c('Q4 against: "try the church\'s website"', said('when is the food pantry open at st marks', 'Their hours change often; try the church\'s website, stmarks.example.org.'), some({ referral: 'na' })),
  // ---- Q5
  c('Q5 for: "Bring it with your ID to Social Security" (no contact)', said('how do i replace my ss card', 'The form is at ssa.gov/forms/ss-5.pdf. Bring it with your ID to Social Security; there is no fee.'), some({ referral: 'fail' })),
  c('Q5 against: "Take the bus to Social Security" (a route)', said('how do i get to social security downtown', 'The trip planner is at corbintransit.example.org: take the 22 bus to Social Security, it stops outside.'), some({ referral: 'na' })),
  c('Q5 against: "If you bring it to Social Security they scan it" (a hypothetical)', said('do i need the original', 'The list is at ssa.gov/ssnumber. If you bring it to Social Security they scan it and hand it back.'), some({ referral: 'na' })),
  // ---- Q6
  c('Q6 for: "u gotta call the county clerk" (no contact)', said('how do i get a copy of my marriage license', 'the forms are at corbin.example.gov/vital. u gotta call the county clerk tho'), some({ referral: 'fail' })),
  c('Q6 for: "ur supposed to call the tax office at 410-555-0142"', said('property tax bill wrong', 'The tax page is corbin.example.gov/tax. ur supposed to call the tax office at 410-555-0142'), some({ referral: 'pass' })),
  c('Q6 for: "You\'ve got to call the county clerk first." (no contact)', said('how do i get a copy of my marriage license', 'The forms are at corbin.example.gov/vital. You\'ve got to call the county clerk first.'), some({ referral: 'fail' })),
  c('Q6 against: "u gotta try the new catalog search" (a source)', said('find books on knitting', 'u gotta try the new catalog search at corbinlib.example.org/cat, its way better'), some({ referral: 'na' })),
  // ---- Q7
  c('Q7 for: "After you send it, call the county clerk to confirm." (no contact)', said('where do i mail the form', 'The form is at corbin.example.gov/vital. After you send it, call the county clerk to confirm.'), some({ referral: 'fail' })),
  c('Q7 against: "Send the form to the county clerk." still refers (no contact)', said('where do i mail the form', 'The form is at corbin.example.gov/vital. Send the form to the county clerk.'), some({ referral: 'fail' })),
  c('Q7 against: "Mail it, with the fee, to the Division of Vital Records, PO Box …" still passes', said('where do i mail the form', 'The form is at health.example.gov/vital. Mail it, with the fee, to the Division of Vital Records, PO Box 68760, Baltimore, MD 21215.'), some({ referral: 'pass' })),
  // ---- Q8
  c('Q8 for: "Entréguelo en la oficina del registro civil." (no contact)', said('donde entrego la solicitud del acta', 'La solicitud está en registro.example.gov/acta. Entréguelo en la oficina del registro civil.'), some({ referral: 'fail' })),
  c('Q8 against: "Envíe el formulario en línea" (a page)', said('como pido el acta', 'Envíe el formulario en línea: registro.example.gov/acta.'), some({ referral: 'na' })),
];

export const q9q13: SessionCase[] = [
  // ---- Q9
  c('Q9 for: "Mándela por correo al Registro Civil, Calle 5 #120, Monterrey, NL 64000."', said('como pido mi acta de mexico', 'La solicitud está en gob.example.mx/acta. Mándela por correo al Registro Civil, Calle 5 #120, Monterrey, NL 64000.'), some({ referral: 'pass' })),
  c('Q9 for: "la oficina … en la Terminal Central, 400 Calle Mayor, San Marcos"', said('tarjeta de descuento del autobus', 'Las reglas están en transit.example.org/descuento. Visite la oficina de atención al cliente en la Terminal Central, 400 Calle Mayor, San Marcos.'), some({ referral: 'pass' })),
  c('Q9 for: "Calle Mayor 400"', said('tarjeta de descuento del autobus', 'Las reglas están en transit.example.org/descuento. Visite la oficina de atención al cliente, Calle Mayor 400, San Marcos.'), some({ referral: 'pass' })),
  c('Q9 against: "el templo hindú de la calle 5" (no house number)', said('cuando es diwali', 'Hable con el templo hindú de la calle 5, ellos saben la fecha. El calendario está en timeanddate.com.'), some({ referral: 'fail' })),
  // ---- Q11
  c('Q11 for: "Call one of the beekeepers on the swarm list, <URL>"', said('bees swarming on my porch', 'Call one of the beekeepers on the state beekeepers association swarm list, statebees.example.org/swarms.'), some({ referral: 'pass' })),
  c('Q11 against: "the mechanics of beekeeping" (no party)', said('how do hives work', 'The mechanics of beekeeping are explained at beeculture.example.com/basics.'), some({ referral: 'na' })),
  // ---- Q12
  c('Q12 for: "Dígale que llame hoy mismo a Western Union al 1-800-…"', said('mi mamá mandó dinero a un estafador', 'Dígale que llame hoy mismo a Western Union al 1-800-555-0148. La guía está en consumidor.example.gov/fraude.'), some({ referral: 'pass' })),
  c('Q12 against: "Lo llamé a usted ayer" (the provider, the patron)', said('quien me llamo', 'Lo llamé a usted ayer para lo del libro; la reserva está en corbinlib.example.org/reservas.'), some({ referral: 'na' })),
  // ---- Q13
  c('Q13 for: "Send the collector a letter disputing it" (no contact)', said('debt collector says i owe 900', 'The sample letter is at consumerfinance.example.gov/debt. Send the collector a letter disputing it within 30 days.'), some({ referral: 'fail' })),
  c('Q13 against: "The collector\'s letter lists the amount" (no referral)', said('what does this collection letter mean', "The collector's letter lists the amount; the rules are explained at consumerfinance.example.gov/debt."), some({ referral: 'na' })),
  // ---- Q14
  c('Q14 for: "… to the FTC at ReportFraud.ftc.gov, and to her local police department as well" (the police: no contact)', said('my mom got a scam call', 'Report the call to the FTC at ReportFraud.ftc.gov, and to her local police department as well.'), some({ referral: 'fail' })),
  c('Q14 against: "… at askus@… and their staff will fix your account" (a clause)', said('my holds are broken', 'The holds guide is at corbinlib.example.org/holds. If it still fails, email your library at askus@corbin.example.org and their staff will fix your account.'), some({ referral: 'pass' })),
  // ---- Q15
  c('Q15 for: "They\'ll call you for an interview." (the agency\'s step, no promise)', said('how long does snap take', 'Usually up to 30 days; the steps are at benefits.example.gov/snap. They\'ll call you for an interview.'), some({ contact: 'na', onTime: 'na' })),
  c('Q15 against: "I\'ve passed it to our genealogy team; they\'ll call you by Friday." (a promise)', said('i need help reading an old deed', 'The land records guide is at corbinlib.example.org/deeds. I\'ve passed your question to our genealogy team; they\'ll call you by Friday.'), some({ onTime: 'pending' })),
  // ---- Q16
  c('Q16 for: "report it right away: to the FBI\'s Internet Crime Complaint Center at ic3.gov"', said('crypto app wants a fee', 'Payments like that rarely come back, but report it right away: to the FBI\'s Internet Crime Complaint Center at ic3.gov.'), some({ referral: 'pass' })),
  // ---- Q17
  c('Q17 for: "Puede reportar la carta al inspector general del IRS (TIGTA) en tigta.gov"', said('recibí una carta falsa del irs', 'La guía está en irs.gov/es/estafas. Puede reportar la carta al inspector general del IRS (TIGTA) en tigta.gov o al 1-800-366-4484.'), some({ referral: 'pass' })),
  c('Q17 against: "Ya lo reporté a la policía" (the provider\'s own, told back)', said('que hago con la llamada', 'Ya lo reporté a la policía ayer, como me pidió; la guía está en consumidor.example.gov.'), some({ referral: 'na' })),
  // ---- Q19
  c('Q19 for: "You\'ve had your turn for today, so I\'m ending the chat now."', said('more questions about my taxes', 'The forms are at irs.gov/forms. You\'ve had your turn for today, so I\'m ending the chat now.'), some({ dismissal: 'fail' })),
  c('Q19 for: "I\'ve got a few other things to get to, so I\'ll stop here."', said('can you find more on my grandpa', 'The 1940 census is at familysearch.org. Sorry, I\'ve got a few other things to get to, so I\'ll stop here.', 'Bye.'), some({ dismissal: 'fail' })),
  c('Q19 against: "Once you\'ve had your turn at the computer, log off."', said('how long can i use the pc', 'The computer rules are at corbinlib.example.org/computers. Once you\'ve had your turn at the computer, log off so the next person can sit down.'), some({ dismissal: 'pass' })),
  // ---- Q20
  c('Q20 for: "So your card was stolen and you need a new one — got it." before the card page', asked('someone stole my wallet with my library card', 'So your card was stolen and you need a new one — got it.', 'yes', 'Replacement cards are free: corbinlib.example.org/card.'), some({ clarify: 'pass' })),
  c('Q20 against: "So your hold came in and you can pick it up" is news, after the source', asked('is my book in', 'Your holds are listed at corbinlib.example.org/account.', 'ok', 'So your hold came in and you can pick it up today.'), some({ clarify: 'fail' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {};

describe('fifty-fifth round: block Q tried both ways', () => {
  for (const [t, cs] of [['Q1, Q2, Q10', q1q2], ['Q3 to Q8', q3q8], ['Q9 to Q13', q9q13]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
