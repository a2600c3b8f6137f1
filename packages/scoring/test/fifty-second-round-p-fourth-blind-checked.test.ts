/**
 * Fifty-second round, block P (rubric v50): a fourth blind check, both ways, of the LAST MENDS made after three earlier blind
 * checks (whose files, fifty-second-round-p-blind-checked, fifty-second-round-p-second-blind-checked and
 * fifty-second-round-p-third-blind-checked, were NOT read before labelling). Every case was labelled from RUBRIC.md's text before
 * it ran; about half "for" (the meant behaviour in new words), half "against" (near misses, older readings).
 * - P1 (followup.completeness): a bare Spanish "¿Está bien?", "¿Así está bien?", "ta bien?", "ta bueno?", "¿Todo bien con eso?",
 *   "¿Sirve?", "¿Bien?" right after the sentence that gives a source asks whether the answer meets the need, unless a sentence of
 *   the message before it plans or offers ("te lo mando por correo mañana", "le puedo enviar …", "voy a …", "tengo que consultar
 *   …"). NEW MEND: a sentence that hands a web address over right there is no plan: "Aquí le paso el enlace del formulario: <URL>.
 *   ¿Sirve?", "Te lo mando aquí: <URL>. ta bueno?" (clitic + paso / mando / envío / dejo, optionally "el enlace (del
 *   formulario)", then "aquí", "acá" or ":", and a web address in the sentence). Near misses: a plan and a URL in one sentence
 *   without "aquí/:", "le paso" meaning a transfer, English "Here's the link: <URL>. ok?" (bare English "ok?" is NOT read).
 * - P2 (inquiry.clarify): "What would you like to know about <something>?" counts as a question about the need; NEW MEND: it does
 *   not count only when the thing ENDS in library / libraries / branch / branches / service / services / chat right before the
 *   "?", or is "us / our … / the library / this service / today"; so "about your library card?", "about the food services job?",
 *   "about the branch hours?" count.
 * - P3 (referral.contact): "<party> can / could go over / look over / read over / go through / look through / review / check over
 *   your <case, return, lease, claim, forms, paperwork …>" refers the patron to the party; not with will / would, not the
 *   provider's own "I can …"; NEW MEND: not inside a clause that says why, when or whether ("since / because / as / if / when /
 *   whenever / whether / until / unless / that / so / so that <party> can review …", up to six words between).
 * - P14 (referral.contact): Spanish "enviar / mandar / llevar / entregar" (usted forms, -lo/-la forms, NEW: the tú forms
 *   "mándalo, mándala, envíalo, envíala, llévalo, llévala, entrégalo, entrégala") with up to nine words, then "a / al <oficina,
 *   registro, secretaría, consulado, embajada, juzgado, corte, división, agencia, municipio, ayuntamiento, alcaldía>" tells the
 *   patron to write to or visit it; not the office's web address, not the impersonal "se manda a …".
 *
 * TAKEN where RUBRIC.md leaves room: a bare Spanish "¿Está bien?" after a sentence that hands a web address over AND plans more for
 * later ("…, y mañana le envío la lista por correo") asks agreement with the plan, as block P's own reading after a plan (fail);
 * "What would you like to know about <the library system / Ask a Librarian>?" in the greeting, before the patron says anything, is the
 * greeting's offer; asked right after the patron names the branch as the need, "… about the Eastside branch?" asks which part of it.
 *
 * COUNTS. Written: 38 cases, all labelled before they ran (36 in the first run, 2 P3 cases added and labelled before their first
 * run). As labelled at first run: 28; disagreeing: 10; label corrections: 0 (no misread of RUBRIC.md, no time to compute). Final:
 * 28 running, 10 LEFT (each scored under rubricV49 too: "older" = v49 reads it the same, "P caused" = block P's new reading):
 * - followup.completeness pass/fail: "Le envío el enlace del formulario de inscripción: <URL>. ¿Todo bien con eso?" (older)
 * - followup.completeness pass/fail: "Le paso la página por aquí: <URL>. ¿Bien?" (older)
 * - followup.completeness fail/pass: "Te lo mando aquí mañana con la lista completa, por ahora el catálogo está en <URL>. ¿Está bien?" (P caused)
 * - followup.completeness fail/pass: "Le dejo el enlace aquí: <URL>, y mañana le envío la lista de abogados por correo. ¿Está bien?" (P caused)
 * - inquiry.clarify pass/fail: after "a question about the eastside branch", "What would you like to know about the Eastside branch?" (older)
 * - inquiry.clarify fail/pass: greeting "What would you like to know about the Dorset library system?" (P caused)
 * - inquiry.clarify fail/pass: greeting "What would you like to know about Ask a Librarian?" (P caused)
 * - referral.contact na/fail: "Once your claim is in, the agency can review your records for up to 30 days." (P caused)
 * - referral.contact pass/na: "Entrégaselo en persona a la secretaría del juzgado, tel. 319-555-0133." (older)
 * - referral.contact pass/na: "Envíelos con la copia del pasaporte a la Embajada de España, <address>." (older)
 * MENDED after the check (v50's final cut, by the author): all 5 P caused (a hand-over is no plan only with nothing put later in
 *   its sentence, "mañana", "por correo", and no other plan, `LATER_ES_P1`; P2's ending words hold "system" and the service's
 *   name "Ask a Librarian / Ask Us"; P3 gives up "review", an agency's power as often as a service) and 4 older (the hand-over
 *   within a few words, "por aquí"; P14's plural and two-pronoun forms "envíelos", "entrégaselo"): these 9 run now. One case
 *   that ran at the check goes to LEFT with "review": "When you are ready, the SHIP office can review your plan options" (na,
 *   v49 the same). A transfer, "Le paso con mi colega …: <URL>", is no hand-over (checked by this file's own case). Still LEFT:
 *   "What would you like to know about the Eastside branch?" after the patron names the branch. Final on v50: 36 running, 2 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { greetedLines, nearMiss as c, nearMissLines } from './near-miss-lines';

const HOLA = 'Hola, soy Marisol de la Biblioteca del Condado de Dorset.';
const es = nearMissLines(HOLA, { branch: '¿En qué sucursal está?', branchReply: 'la central' });
const HI = 'Hi, this is Kim at Dorset County Library.';
const en = nearMissLines(HI);

/** The patron's "hello", the provider's greeting `hi2` (its only question), the patron's need `q`, the provider's `answer`. */
const greeted = greetedLines('hello?', 'ok thanks', 'Thanks for chatting, bye!', [0, 20, 50, 70, 110, 120]);

export const p1: SessionCase[] = [
  // ---- P1 for: a hand-over of a web address right there, then the bare question
  c('P1 for: "Aquí te dejo el link del formulario: <URL>. ¿Sirve?"', es.said('como saco la tarjeta de la biblio', 'Aquí te dejo el link del formulario: dorsetlib.example.org/formularios/tarjeta. ¿Sirve?'), some({ complete: 'pass' })),
  c('P1 for: "Te mando el enlace acá: <URL>. ta bien?"', es.said('hay clases de ingles gratis?', 'Te mando el enlace acá: dorsetlib.example.org/clases-ingles. ta bien?'), some({ complete: 'pass' })),
  c('P1 for: "Le envío el enlace del formulario de inscripción: <URL>. ¿Todo bien con eso?"', es.said('quiero inscribir a mi hijo en el club de lectura', 'Le envío el enlace del formulario de inscripción: dorsetlib.example.org/club-lectura. ¿Todo bien con eso?'), some({ complete: 'pass' })),
  c('P1 for: "Le paso la página por aquí: <URL>. ¿Bien?"', es.said('a que hora cierran los domingos', 'Le paso la página por aquí: dorsetlib.example.org/horarios. ¿Bien?'), some({ complete: 'pass' })),
  c('P1 for: "Ahí le paso los enlaces: <URL> y <URL>. ¿Así está bien?"', es.said('tienen libros electronicos en español', 'Ahí le paso los enlaces: dorsetlib.example.org/ebooks y dorsetlib.example.org/audiolibros. ¿Así está bien?'), some({ complete: 'pass' })),
  c('P1 for: "Se lo paso aquí: <URL>. ta bueno?"', es.said('necesito la forma de impuestos en español', 'Se lo paso aquí: irs.gov/es/forms. ta bueno?'), some({ complete: 'pass' })),
  c('P1 for: English hand-over, then "¿Está bien?" (code-switch)', es.said('donde renuevo mis libros', "Here's the renewal page: dorsetlib.example.org/renew. ¿Está bien?"), some({ complete: 'pass' })),
  // ---- P1 against: plans, a transfer, English "ok?"
  c('P1 against: the URL and "y te lo mando por correo también" in one sentence', es.said('necesito el horario del bookmobile', 'El horario está en dorsetlib.example.org/bookmobile, y te lo mando por correo también. ¿Está bien?'), some({ complete: 'fail' })),
  c('P1 against: "Le paso con mi colega de Historia Local: <URL>. ¿Está bien?" is a transfer', es.said('busco fotos viejas de mi pueblo', 'Le paso con mi colega de Historia Local: dorsetlib.example.org/historia-local. ¿Está bien?'), some({ complete: 'fail' })),
  c('P1 against: English "Here\'s the link: <URL>. ok?" (older)', en.said('how do i renew my card', "Here's the link: dorsetlib.example.org/renew. ok?"), some({ complete: 'fail' })),
  c('P1 against: "Te lo mando aquí mañana con la lista completa, por ahora el catálogo está en <URL>. ¿Está bien?"', es.said('libros de cocina mexicana', 'Te lo mando aquí mañana con la lista completa, por ahora el catálogo está en dorsetlib.example.org/catalogo. ¿Está bien?'), some({ complete: 'fail' })),
  c('P1 against: "Le dejo el enlace aquí: <URL>, y mañana le envío la lista … por correo. ¿Está bien?"', es.said('necesito ayuda legal gratis', 'Le dejo el enlace aquí: dorsetlaw.example.org/ayuda, y mañana le envío la lista de abogados por correo. ¿Está bien?'), some({ complete: 'fail' })),
  c('P1 against: "…, pero tengo que consultar si hay versión impresa. ¿Está bien?"', es.said('la forma 1040 en español', 'La forma está en irs.gov/es/forms, pero tengo que consultar si hay versión impresa. ¿Está bien?'), some({ complete: 'fail' })),
];

export const p2: SessionCase[] = [
  // ---- P2 for: the thing names the need, with library / branch / service words not at its end
  c('P2 for: "What would you like to know about the library\'s museum passes?"', en.asked('question about museum passes', "What would you like to know about the library's museum passes?", 'how many can i get', 'Two per card per month; the rules are at dorsetlib.example.org/passes.'), some({ clarify: 'pass' })),
  c('P2 for: "What would you like to know about the branch book sale?"', en.asked('the book sale thing', 'What would you like to know about the branch book sale?', 'when is it', 'It runs May 3 to 5; the flyer is at dorsetlib.example.org/booksale.'), some({ clarify: 'pass' })),
  c('P2 for: "What would you like to know about the Meals on Wheels services for your mom?"', en.asked('meals on wheels for my mom', 'What would you like to know about the Meals on Wheels services for your mom?', 'how to sign her up', 'The sign-up form is at dorsetaging.example.org/meals.'), some({ clarify: 'pass' })),
  c('P2 for: after the patron asks about the branch, "What would you like to know about the Eastside branch?"', en.asked('i have a question about the eastside branch', 'What would you like to know about the Eastside branch?', 'is there parking', 'There is a free lot behind it; the map is at dorsetlib.example.org/eastside.'), some({ clarify: 'pass' })),
  // ---- P2 against: the greeting's offer about the library or the service
  c('P2 against: greeting "What would you like to know about the Dorset library system?"', greeted('Hi, Kim at Dorset County Library here. What would you like to know about the Dorset library system?', 'do u have wifi hotspots', 'Yes, they lend for two weeks: dorsetlib.example.org/hotspots.'), some({ clarify: 'fail' })),
  c('P2 against: greeting "What would you like to know about Ask a Librarian?"', greeted('Hello, Kim here at Ask a Librarian. What would you like to know about Ask a Librarian?', 'can i get a passport photo at the library', 'The Main branch takes them; the details are at dorsetlib.example.org/passport.'), some({ clarify: 'fail' })),
  c('P2 against: greeting "What would you like to know about our branches tonight?"', greeted('Hi, Kim at Dorset County Library. What would you like to know about our branches tonight?', 'which one has a 3d printer', 'The Main branch does: dorsetlib.example.org/makerspace.'), some({ clarify: 'fail' })),
  c('P2 against: greeting "What would you like to know about the library today?"', greeted('Hey! Kim from the Dorset library chat. What would you like to know about the library today?', 'do you have notary service', 'Yes, by appointment: dorsetlib.example.org/notary.'), some({ clarify: 'fail' })),
];

export const p3: SessionCase[] = [
  // ---- P3 for
  c('P3 for: "If you\'d like, the tenant clinic … can look over your lease: <phone>"', en.said('can my landlord raise rent mid lease', "The state guide is at dorsetlaw.example.org/rent. If you'd like, the tenant clinic at Dorset Legal Aid can look over your lease: 319-555-0142."), some({ referral: 'pass' })),
  c('P3 for: "A VITA volunteer could check over ur return for free, call <phone>"', en.said('free help w my taxes?', 'The IRS free file page is irs.gov/freefile. A VITA volunteer could check over ur return for free, call 319-555-0190.'), some({ referral: 'pass' })),
  c('P3 for: "The housing counselors at Dorset Housing Partners can go thru your lease: <phone>"', en.said('is this lease normal', 'A sample lease is at dorsetlaw.example.org/leases. The housing counselors at Dorset Housing Partners can go thru your lease: 319-555-0111.'), some({ referral: 'pass' })),
  c('P3 for: "If needed, the SHIP counselors can go over your case: <phone>"', en.said('help with my medicare appeal', 'The appeal steps are at medicare.gov/appeals. If needed, the SHIP counselors can go over your case: 1-800-555-0177.'), some({ referral: 'pass' })),
  c('P3 for: "Whenever you want, a VITA volunteer can check over your return, call <phone>"', en.said('can someone check my taxes', 'The free file page is irs.gov/freefile. Whenever you want, a VITA volunteer can check over your return, call 319-555-0190.'), some({ referral: 'pass' })),
  c('P3 for: "When you\'re ready, the SHIP office can review your plan options" (no contact)', en.said('help picking a medicare plan', 'The plan finder is at medicare.gov/plan-compare. When you are ready, the SHIP office can review your plan options with no charge.'), some({ referral: 'fail' })),
  // ---- P3 against
  c('P3 against: "After you file, a magistrate can review your case."', en.said('how do i file small claims', 'The petition forms are at courts.example.gov/smallclaims. After you file, a magistrate can review your case.'), some({ referral: 'na' })),
  c('P3 against: "Once your claim is in, the agency can review your records for 30 days."', en.said('how long does unemployment take', 'The claim steps are at labor.example.gov/claims. Once your claim is in, the agency can review your records for up to 30 days.'), some({ referral: 'na' })),
  c('P3 against: "the clinic would review your lease"', en.said('is my lease legal', 'The state lease guide is at dorsetlaw.example.org/leases. Normally the clinic would review your lease only in an eviction case.'), some({ referral: 'na' })),
  c('P3 against: "we can go over your options right here in chat" is the provider\'s own', en.said('which audiobook app', 'Libby and Hoopla are both at dorsetlib.example.org/audiobooks, and we can go over your options right here in chat.'), some({ referral: 'na' })),
];

export const p14: SessionCase[] = [
  // ---- P14 for
  c('P14 for: "Mándala por correo al Registro Civil del condado, teléfono <phone>"', es.said('como corrijo un error en mi acta', 'La solicitud está en dorsetvital.example.gov/correccion. Mándala por correo al Registro Civil del condado, teléfono 319-555-0177.'), some({ referral: 'pass' })),
  c('P14 for: "llevala al consulado con tu id, tel <phone>" (chat-speak)', es.said('renovar matricula consular', 'los requisitos estan en consulado.example.org/matricula. llevala al consulado con tu id, tel 212-555-0190'), some({ referral: 'pass' })),
  c('P14 for: "Entrégaselo en persona a la secretaría del juzgado, tel. <phone>"', es.said('donde entrego la respuesta a la demanda', 'El formulario de respuesta está en courts.example.gov/respuesta. Entrégaselo en persona a la secretaría del juzgado, tel. 319-555-0133.'), some({ referral: 'pass' })),
  c('P14 for: "Envíelos con la copia del pasaporte a la Embajada de España, <address>"', es.said('legalizar documentos para españa', 'La lista de documentos está en exteriores.example.es/legalizacion. Envíelos con la copia del pasaporte a la Embajada de España, 2375 Pennsylvania Ave NW, Washington, DC 20037.'), some({ referral: 'pass' })),
  // ---- P14 against
  c('P14 against: "La oficina del condado manda el certificado al juzgado directamente"', es.said('tengo que llevar el certificado al juzgado?', 'No, la oficina del condado manda el certificado al juzgado directamente; no tiene que hacer nada más. Los detalles están en dorsetvital.example.gov/certificados.'), some({ referral: 'na' })),
  c('P14 against: "El acta se manda por correo a la oficina de Sacramento." (impersonal)', es.said('apostilla para mexico', 'El acta se manda por correo a la oficina de Sacramento. Los pasos están en sos.ca.gov/apostilla.'), some({ referral: 'na' })),
  c('P14 against: "mándalo a consulado.example.org/citas" is a page', es.said('como pido cita para el pasaporte', 'Llena el formulario y mándalo a consulado.example.org/citas, todo en línea.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'P3 for: "When you\'re ready, the SHIP office can review your plan options" (no contact)':
    'referral.contact expected fail, got na (added by the author after the check): the SHIP office is told to the patron as one that can review their plan options, a referral with no contact. P3 read it when this check ran; after the check "review" was taken out of P3, because "the agency can review your records for up to 30 days" (this file) and "since the IRS can review your return" describe an agency\'s power as often as a service. Older now: v49 gives na too.',
  'P2 for: after the patron asks about the branch, "What would you like to know about the Eastside branch?"':
    'inquiry.clarify expected pass, got fail: the patron has said "i have a question about the eastside branch"; "What would you like to know about the Eastside branch?" then asks which part of that need (RUBRIC: any provider question about the need other than the greeting\'s offer), but the mend drops every "about … branch?" whatever came before (older: v49 fails it the same)',
};

describe('fifty-second round: block P, fourth blind check', () => {
  for (const [t, cs] of [['P1', p1], ['P2', p2], ['P3', p3], ['P14', p14]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
