/**
 * Thirty-first round, second wave (P1): the v32 settings and phrase changes of blocks O1 (emergencies and disasters) and
 * O3 (the library's own services) checked for false readings: near misses that share a setting's words or shape but are
 * NOT its behaviour, and a few cases that ARE its behaviour in new words (they must keep passing). Narrowings only.
 *
 * Statuses are read from the literal text of RUBRIC.md, decided before running the scorer. Readings taken where the
 * text leaves room:
 * - "the county" / "the city" as a place ("visit the city at night for the lights", "anywhere in the county", "the county
 *   at large") is no party; searching or looking up the county on a page is a source, not a referral;
 * - the provider who rang the county "this morning" consulted it on the patron's behalf: no referral;
 * - "Were you there when I asked?", "You there? When you get a sec." are check-ins, not questions about the need;
 *   "What time will you be there?" asks about the patron's plan (it shapes the hours given): a clarifying question;
 * - a URL in the clause before ", so / and" that is the party's own site (its name in the clause or the URL) is a way to
 *   reach the party referred to after it.
 * Written: 42 cases (32 near misses, 10 of the settings' behaviour in new words), 34 run + 8 in LEFT. First runs (32,
 * then 10 more): 12 failed. 8 the scorer reads the same with O1's and O3's settings all off (older readings or referrals
 * it never reads: a non-native referral with its phone, "ring Citizens Advice from there", "write to the union there",
 * "book with our notary there", "book the passport clerk there", "Pida ayuda a LIHEAP al …", "u gotta ask the city
 * directly", "email the Friends through that page"): my labels stand, moved to LEFT (not run), no widening. 4 were
 * O1's and O3's (each passes with the settings off), narrowed:
 *  - O1 `referralParty`: "the county" / "the city" before "at" or "on" only when a contact follows (a number, "(", "+", a
 *    domain, an e-mail): not "Call FEMA at 800-621-3362 and ask whether the county at large was declared", "visit the city
 *    at night for the lights", "visit the city on Saturday evening instead" ("call the county at 410-887-3000" still reads);
 *  - `andClauseO3`: not when the party's first words point back at the clause's page ("through that page", "via this
 *    site", "from there"): "Room bookings are on sample.gov.uk/rooms, and you can contact the events team through that
 *    page" (a bare "there" still reads: "…, and then ask the branch manager there to sign it" fails).
 * O1's Spanish utility and `whenThereO3`: no false reading found in these cases.
 * Both blocks' own files still pass. v32 fingerprint: 282a738c68697475.
 */
import { describeLeft, describeSessions, type Line, type SessionCase, some } from './helpers';
import { BYE, L, OPEN, one } from './narrowing-lines';

/** A session whose only provider question before the source is `ask`. */
const asks = (q: string, ask: string, reply: string, text: string): Line[] => [
  [0, 'p', q],
  [20, 'l', 'Hi, this is Jo, a librarian at Sample County Library.'],
  [40, 'l', ask],
  [60, 'p', reply],
  [80, 'l', text],
  ...BYE,
];

export const checked: SessionCase[] = [
  // ---- O1 referralParty: "the county" / "the city" as the government ----
  { name: 'O1 county near miss: "Call FEMA at 800-621-3362 and ask whether the county at large was declared" : referral passes', lines: one('can i get disaster aid', 'Call FEMA at 800-621-3362 and ask whether the county at large was declared. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'O1 city near miss: "Call your insurer at 800-555-0100 and tell them you live in the city." : referral passes', lines: one('my basement flooded what do i do', 'Call your insurer at 800-555-0100 and tell them you live in the city. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'O1 county near miss: chat-speak "call 211 if ur anywhere in the county." : referral passes', lines: one('where do i go if the heat gets bad', 'call 211 if ur anywhere in the county. they know every cooling centre. did that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'O1 county near miss: "Look up the county on the declarations page at fema.gov/disaster" (a page to search): referral na', lines: one('was my county declared a disaster', 'Look up the county on the declarations page at fema.gov/disaster; it lists every declared county. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'O1 city near miss: "Search the city on the outage map at pepco.com/outages" : referral na', lines: one('when will the power be back', 'Search the city on the outage map at pepco.com/outages to see the restore time. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'O1 city near miss: "Once the roads reopen you could visit the city at night for the lights" (a place): referral na', lines: one('is the holiday lights show still on after the storm', 'It is! Once the roads reopen you could visit the city at night for the lights; the schedule is at sample.gov/lights. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'O1 county near miss: British "I rang the county this morning about it" (consulted for the patron): referral na', lines: one('when does bin collection start again', 'I rang the county this morning about it and collections restart on Monday; the calendar is at sample.gov.uk/bins. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'O1 county near miss: "Report it to the Red Cross at 800-733-2767, because everyone in the county is at risk" : referral passes', lines: one('there is a gas smell on my street after the quake', 'Leave the area and report it to the gas company at 800-733-2767 right away, since everyone in the county is at risk. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'O1 county near miss: "Check the county\'s flood page at sample.gov/flood" (the library\'s county\'s page): referral na', lines: one('where do i get sandbags', "Check the county's flood page at sample.gov/flood; it lists the sandbag sites. Does that help?"), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'O1 county near miss: "Call the county health department at 410-887-2243" (an agency with its number): referral passes', lines: one('is my well water safe after the flood', 'Call the county health department at 410-887-2243 and ask for a free well test kit. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'O1 city near miss: "The fireworks moved, so visit the city on Saturday" (a place): referral na', lines: one('are the july 4 fireworks cancelled because of the storm', 'They moved to Saturday, so visit the city on Saturday evening instead; the details are at sample.gov/july4. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'O1 city near miss: "Our branch manager already contacted the city about the fallen tree" (on the patron\'s behalf): referral na', lines: one('a tree fell across the library parking lot', 'Our branch manager already contacted the city about the fallen tree; the work order is listed at sample.gov/311. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'O1 city near miss: "Call 311 at 410-396-3100 and tell them which street in the city." : referral passes', lines: one('who removes storm debris', 'Call 311 at 410-396-3100 and tell them which street in the city. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'O1 county behaviour: British "You\'d best ring the county first." : referral fails', lines: one('can i put my flooded carpet out for collection', "You'd best ring the county first. The bulky waste rules are at sample.gov.uk/waste. Does that help?"), exp: some({ referral: 'fail' }) },

  // ---- O1 referralParty: the Spanish utility and its outage line ----
  { name: 'O1 Spanish near miss: "La línea de apagones está saturada, así que revise el mapa en pepco.com/outages" : referral na', lines: one('se fue la luz en mi casa', 'La línea de apagones está saturada esta noche, así que revise el mapa en pepco.com/outages. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'O1 Spanish near miss: "Según la línea de averías, la luz vuelve a las 6; el mapa está en pepco.com/outages" : referral na', lines: one('cuando vuelve la luz', 'Según la línea de averías, la luz vuelve a las 6; el mapa está en pepco.com/outages. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'O1 Spanish near miss: "Llame a FEMA al 800-621-3362 y dígales que la compañía eléctrica cortó la luz" : referral passes', lines: one('perdí la comida por el apagón', 'Llame a FEMA al 800-621-3362 y dígales que la compañía eléctrica cortó la luz por tres días. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'O1 Spanish near miss: "Llame al 311; la compañía de agua ya sabe del problema" : referral passes', lines: one('sale agua sucia del grifo', 'Llame al 311 para reportarlo; la compañía de agua ya sabe del problema. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'O1 Spanish near miss: "Si la compañía eléctrica no responde, llame a la Comisión de Servicios Públicos al 800-492-0474" : passes', lines: one('la compania de luz no me contesta', 'Si la compañía eléctrica no responde, llame a la Comisión de Servicios Públicos al 800-492-0474. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'O1 Spanish near miss: "El mapa está en pepco.com/outages; la compañía eléctrica lo actualiza cada 15 minutos" : referral na', lines: one('donde veo los apagones', 'El mapa está en pepco.com/outages; la compañía eléctrica lo actualiza cada 15 minutos. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'O1 Spanish behaviour: "Comuníquese con la compañía de gas antes de volver a casa" : referral fails', lines: one('huele a gas despues de la inundacion', 'Comuníquese con la compañía de gas antes de volver a casa. Los consejos están en ready.gov/es. ¿Le sirve?'), exp: some({ referral: 'fail' }) },

  // ---- O3 andClauseO3: the source's clause before ", and / but / so" ----
  { name: 'andClauseO3 near miss: "The MVA\'s appointments are at mva.maryland.gov, and you can visit the MVA on Saturdays too" : referral passes', lines: one('can i renew my license on a saturday', "The MVA's appointments are at mva.maryland.gov, and you can visit the MVA on Saturdays too. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'andClauseO3 near miss: "The county\'s emergency office is listed at sample.gov/oem, so call them if the water rises" : passes', lines: one('who do i call if the creek floods', "The county's emergency office is listed at sample.gov/oem, so call them if the water rises. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'andClauseO3 near miss: "Call the Tax Help line at 410-555-0100, and ask them about the forms at irs.gov" : referral passes', lines: one('who can help with my taxes', 'Call the Tax Help line at 410-555-0100, and ask them about the forms at irs.gov. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'andClauseO3 near miss: British "Room bookings are on sample.gov.uk/rooms, and you can contact the events team through that page" : passes', lines: one('can i hire a room for a meeting', 'Room bookings are on sample.gov.uk/rooms, and you can contact the events team through that page. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'andClauseO3 behaviour: "The form is at sample.org/room, and then ask the manager there to sign it" (the branch, no contact) : fails', lines: one('can i book the meeting room', 'The form is at sample.org/room, and then ask the branch manager there to sign it. Does that help?'), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'andClauseO3 behaviour: "Renewals are online at sample.org/renew, but for the fines you\'d need to call Circulation" : fails', lines: one('how do i renew and pay my fine', "Renewals are online at sample.org/renew, but for the fines you'd need to call Circulation. Does that help?"), exp: some({ referral: 'fail', source: 'pass' }) },
  { name: 'andClauseO3 behaviour: chat-speak "the form is at sample.org/room, so just ask ms rivera at the branch" : fails', lines: one('can i book the meeting room', 'the form is at sample.org/room, so just ask ms rivera at the branch to approve it. did that help?'), exp: some({ referral: 'fail', source: 'pass' }) },

  // ---- O3 whenThereO3: "when were you there?" asks about the patron's visit ----
  { name: 'whenThereO3 behaviour: British "What day were you in, and which room?" : clarify passes', lines: asks('i left my umbrella at the library', 'What day were you in, and which room?', 'tuesday, the study room', 'Lost property is kept at the front desk; the policy is at sample.org/lost. Does that help?'), exp: some({ clarify: 'pass' }) },
  { name: 'whenThereO3 behaviour: chat-speak "when were u there yesterday?" : clarify passes', lines: asks('lost my phone charger at ur library', 'when were u there yesterday?', 'like 3pm', 'the lost and found info is at sample.org/lost. did that help?'), exp: some({ clarify: 'pass' }) },
  { name: 'whenThereO3 near miss: "Were you there when I asked?" (a check-in) : clarify fails', lines: asks('do you have the new Grisham', 'Were you there when I asked?', 'yes sorry', 'It is in the catalog at sample.org/catalog, on hold shelf soon. Does that help?'), exp: some({ clarify: 'fail' }) },
  { name: 'whenThereO3 near miss: "Are you still there, or did you leave?" : clarify fails', lines: asks('do you have the new Grisham', 'Are you still there, or did you leave?', 'here', 'It is in the catalog at sample.org/catalog. Does that help?'), exp: some({ clarify: 'fail' }) },
  { name: 'whenThereO3 near miss: "You there? When you get a sec." : clarify fails', lines: asks('do you have the new Grisham', 'You there? When you get a sec.', 'here', 'It is in the catalog at sample.org/catalog. Does that help?'), exp: some({ clarify: 'fail' }) },
  { name: 'whenThereO3 near: "What time will you be there?" (the patron\'s plan shapes the answer) : clarify passes', lines: asks('can i pick up my holds today', 'What time will you be there?', 'around 7', 'The Towson branch is open until 9 today; the hours are at sample.org/hours. Does that help?'), exp: some({ clarify: 'pass' }) },
  // (v51 Q6, fifty-fifth round) reads as labelled since "u gotta" tells the patron what to do: moved from LEFT
  { name: 'O1 city behaviour: chat-speak "u gotta ask the city directly about the tree on ur car" : referral fails', lines: one('a city tree fell on my car who pays', 'u gotta ask the city directly about the tree on ur car, they handle claims. the claim rules are at sample.gov/claims. did that help?'), exp: some({ referral: 'fail' }) },
];

/** Labelled from RUBRIC.md, the scorer disagrees with O1's and O3's settings all off too (older readings, not narrowed here). */
export const LEFT: SessionCase[] = [
  { name: 'O1 Spanish near miss: "Pida ayuda a LIHEAP al 800-332-6347 para pagar a la compañía de luz" : referral passes', lines: one('no puedo pagar la luz despues de la tormenta', 'Pida ayuda a LIHEAP al 800-332-6347 para pagar a la compañía de luz. ¿Le sirve?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'andClauseO3 near miss: "Appointments are at sample.org/book, so you can book with our notary there" : referral passes', lines: one('do you have a notary', 'Yes! Appointments are at sample.org/book, so you can book with our notary there. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'andClauseO3 near miss: "Go to sample.org/appointments, and book the passport clerk there" : referral passes', lines: one('can i get a passport at the library', 'Go to sample.org/appointments, and book the passport clerk there for a weekday slot. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'O1 county near miss: non-native "Please you call Red Cross at 800-733-2767, they help all families of the county." : referral passes', lines: one('my house burn down where i go', 'I am so sorry. Please you call Red Cross at 800-733-2767, they help all families of the county. Is that what you needed?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'andClauseO3 near miss: "The Tenant Union\'s contact form is at tenantunion.org/contact, so just write to them there" : referral passes', lines: one('my landlord wont fix the heat', "The Tenant Union's contact form is at tenantunion.org/contact, so just write to the union there. Does that help?"), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'andClauseO3 near miss: "Everything about the Friends is at friendsofsample.org, and you can email the Friends through that page" : passes', lines: one('how do i donate books', 'Everything about the Friends group is at friendsofsample.org, and you can email the Friends through that page. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'andClauseO3 near miss: British "The Citizens Advice page is citizensadvice.org.uk, and you can ring Citizens Advice from there" : passes', lines: one('can my landlord evict me without notice', 'The Citizens Advice page is citizensadvice.org.uk, and you can ring Citizens Advice from there. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
];

describeSessions('thirty-first round, second wave (P1): the O1 and O3 settings checked', checked);

describeLeft('thirty-first-round-o13-checked', LEFT);
