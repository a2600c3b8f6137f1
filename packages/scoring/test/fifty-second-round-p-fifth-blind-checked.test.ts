/**
 * Fifty-second round, fifth blind check of block P (rubric v50): the LAST MENDS of P1, P2, P3 and P14, tried both ways in cases
 * written blind (the author's cases and the four earlier blind checks unread) and labelled from RUBRIC.md before they ran.
 *
 * What this checks. This check is on the LAST MENDS made after four earlier blind checks (whose files,
 * fifty-second-round-p-{,second-,third-,fourth-}blind-checked, you must NOT read before labelling). Write about 25 cases, both ways:
 * - P1 (followup.completeness): a bare Spanish "¿Está bien?", "¿Así está bien?", "ta bien?", "ta bueno?", "¿Todo bien con eso?",
 *   "¿Sirve?", "¿Bien?" right after the sentence that gives a source asks whether the answer meets the need, unless a sentence of
 *   the message before it plans or offers in Spanish ("te lo mando …", "le puedo enviar …", "voy a …", "tengo que …",
 *   "necesito …") or English. NEW: a sentence that hands a web address over right there is no plan: a clitic + paso / mando /
 *   envío / dejo, then within a few words "aquí", "por aquí", "acá" or a colon, and a web address in the sentence ("Le envío el
 *   enlace del formulario de inscripción: <URL>", "Le paso la página por aquí: <URL>") — but only when nothing in that sentence
 *   puts a sending later ("mañana", "luego", "después", "más tarde", "esta tarde", "el lunes" …, "por correo") and no other plan
 *   is in it ("Le dejo el enlace aquí: <URL>, y mañana le envío la lista" plans); and "Le paso con mi colega …" is a transfer,
 *   not a hand-over.
 * - P2 (inquiry.clarify): "What would you like to know about <something>?" counts as a question about the need, unless the
 *   thing is "us / our … / the library / this service / today" or ENDS, right before the "?", in library / libraries / branch /
 *   branches / service / services / chat / system / systems / "Ask a Librarian" / "Ask Us" / "Ask Us Now" (NEW: system, the
 *   service's name).
 * - P3 (referral.contact): "<party> can / could go over / look over / read over / go through / look through / check over your
 *   <case, return, lease, claim, forms, paperwork, application …>" refers the patron to the party (NEW: "review" no longer
 *   counts: "the agency can review your records" describes a power); not will / would, not the provider's own "I can …", not
 *   inside a clause "since / because / as / if / when / whether / until / unless / that / so … <party> can …".
 * - P14 (referral.contact): Spanish "enviar / mandar / llevar / entregar" in their usted, tú, -lo/-la and NEW plural and
 *   two-pronoun forms ("envíelos", "mándelas", "llévelos", "entréguelas", "entrégaselo", "mándeselo", "envíeselo") with up to
 *   nine words, then "a / al <oficina, registro, secretaría, consulado, embajada, juzgado, corte, división, agencia, municipio,
 *   ayuntamiento, alcaldía>"; not the office's web address, not the impersonal "se manda a …".
 *
 * TAKEN where RUBRIC.md leaves room (my labels):
 * - A bare "¿Está bien?" after a sentence that plans, sends later or transfers asks agreement to the plan, not whether what was
 *   given meets the need ("a question about something not yet given does not count"): completeness fails.
 * - A bare "¿Está bien?" in the provider's next message, right after the one that gave the source, is "after the first message
 *   that gives a source" and asks about it: completeness passes.
 * - "What would you like to know about the school system?" asked after the patron named the school system as the need asks
 *   which part of the need: clarify passes (RUBRIC counts any question about the need; the greeting's offer is a different
 *   thing). In the greeting, "… about Ask Us Now?" / "… about our branches?" is the greeting's "how can I help?": fails.
 * - "the agency can review your records" says what the agency may do, it does not tell the patron to contact it: no referral.
 *   An impersonal "se mandan a la oficina …" says where the papers go: no referral (v11's reading).
 *
 * COUNTS. Written: 30 cases, labelled before they ran (labels kept aside as /tmp/pBlindE-labels.ts). First run: 27 as labelled,
 * 3 disagreeing. Label corrections: 0 (none of the three was a misread of RUBRIC.md or a wrong time). Final: 27 running, 3 LEFT
 * (each scored under rubricV49 too):
 * - inquiry.clarify, expected pass / got fail: "What would you like to know about the school system?" after the patron asked for
 *   the school system: older (v49 the same), kept unread by P2's new "system" ending.
 * - referral.contact, expected na / got fail: "It goes faster if the clerk can look over your forms the day you file.": older
 *   (v49 the same; "when the clerk can go through …" is na under both).
 * - referral.contact, expected fail / got na: "Llénela y mándeselas a la secretaría de la escuela.": older (v49 the same); P14's
 *   new two-pronoun forms stop short of "mándesela(s)" ("mándela a la secretaría" is read, under v50 only).
 * MENDED after the check (v50's final cut, by the author): P14's verbs are now every usted, tú, infinitive, plural and
 *   two-pronoun form of enviar / mandar / llevar / entregar ("mándeselas", "envíesela", "llévaselos"): that case runs now. Still
 *   LEFT: "… about the school system?" (P2's ending word) and "if the clerk can look over your forms" (older). Final on v50: 28
 *   running, 2 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { greetedLines, nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hola, soy Marisa de la Biblioteca del Condado de Dorset. / Hi, Marisa at Dorset County Library.';
const { asked, said } = nearMissLines(HI, { branch: '¿Qué sucursal usa?', branchReply: 'la de Oak Street' });

/** The provider greets with `hi2` (its only question) after the patron's "hola"; then the patron's `q` and the provider's `answer`. */
const openedWith = greetedLines('hola / hi', 'ok gracias', 'Gracias por escribirnos, ¡adiós!', [0, 18, 45, 68, 100, 110]);

/** The source in one provider message, then `next` alone in the provider's next message. */
const nextMessage = (q: string, source: string, next: string): Line[] => [
  [0, 'p', q],
  [20, 'l', `${HI} ¿Qué sucursal usa?`],
  [50, 'p', 'la de Oak Street'],
  [70, 'l', source],
  [74, 'l', next],
  [110, 'p', 'ok gracias'],
  [120, 'l', 'Gracias por escribirnos, ¡adiós!'],
];

export const p1Cases: SessionCase[] = [
  // ---- P1 for: hand-overs with other verbs, places and spellings, then a bare question
  c('P1 for: "Le mando el enlace acá: <URL>. ¿Está bien?"', said('como saco la tarjeta de la biblioteca', 'Le mando el enlace acá: dorsetlib.example.org/tarjeta. ¿Está bien?'), some({ complete: 'pass' })),
  c('P1 for: unaccented chat-speak "te paso la pagina por aqui: <URL>. ta bien?"', said('hay wifi en la biblio?', 'si! te paso la pagina por aqui: dorsetlib.example.org/wifi. ta bien?'), some({ complete: 'pass' })),
  c('P1 for: "Le dejo el formulario aquí: <URL>. ¿Sirve?"', said('necesito el formulario w-4 en español', 'Le dejo el formulario aquí: irs.gov/es/forms-pubs/w4. ¿Sirve?'), some({ complete: 'pass' })),
  c('P1 for: "Le envío la guía de estudio: <URL>. ¿Todo bien con eso?"', said('quiero estudiar para la ciudadania', 'Le envío la guía de estudio: uscis.gov/es/ciudadania. ¿Todo bien con eso?'), some({ complete: 'pass' })),
  c('P1 for: a plain source, then "¿Bien?"', said('a que hora cierra la de oak street', 'Cierra a las 8; el horario de cada sucursal está en dorsetlib.example.org/horario. ¿Bien?'), some({ complete: 'pass' })),
  c('P1 for: "¿Así está bien?" alone in the next message after the source', nextMessage('necesito libros de cocina mexicana', 'Hay 14 en el catálogo: dorsetlib.example.org/catalogo/cocina-mexicana.', '¿Así está bien?'), some({ complete: 'pass' })),
  // ---- P1 against: a plan in the hand-over's sentence, sending later, a transfer, a question that is not bare
  c('P1 against: "Le dejo el enlace aquí: <URL>, y el viernes le envío el horario nuevo. ¿Está bien?"', said('clases de ingles para adultos', 'Le dejo el enlace aquí: dorsetlib.example.org/ingles, y el viernes le envío el horario nuevo. ¿Está bien?'), some({ complete: 'fail' })),
  c('P1 against: "Le mando la página por correo: <URL>. ¿Está bien?" sends it later', said('clases de ingles para adultos', 'Le mando la página por correo: dorsetlib.example.org/ingles. ¿Está bien?'), some({ complete: 'fail' })),
  c('P1 against: "Le paso con mi colega de genealogía …, ¿está bien?" is a transfer', said('busco el acta de nacimiento de mi abuelo', 'La guía de genealogía está en dorsetlib.example.org/genealogia. Le paso con mi colega de genealogía, que sabe más de actas. ¿Está bien?'), some({ complete: 'fail' })),
  c('P1 against: "Voy a seguir buscando; mientras, le dejo esto aquí: <URL>. ¿Está bien?"', said('fotos viejas de la calle main', 'Voy a seguir buscando; mientras, le dejo esto aquí: dorsetlib.example.org/fotos. ¿Está bien?'), some({ complete: 'fail' })),
  c('P1 against: "¿Está bien si cierro el chat?" after the hand-over is not bare', said('como renuevo un libro', 'Le paso la página por aquí: dorsetlib.example.org/renovar. ¿Está bien si cierro el chat?'), some({ complete: 'fail' })),
];

export const p2Cases: SessionCase[] = [
  // ---- P2 for
  c('P2 for: "What would you like to know about the old mill?"', asked('im researching the old mill on river rd', 'What would you like to know about the old mill?', 'when it closed', 'The Dorset Gazette archive (dorsetlib.example.org/gazette) reports the closing in 1957.'), some({ clarify: 'pass' })),
  c('P2 for: chat-speak "what would u like to know about ur lease?"', asked('got a question about my apartment lease', 'what would u like to know about ur lease?', 'if they can raise rent midyear', 'The state tenant guide at dorsetlaw.example.org/tenants covers rent increases.'), some({ clarify: 'pass' })),
  c('P2 for: "What would you like to know about your library card?" does not end in "library"', asked('i have a problem with my library card', 'What would you like to know about your library card?', 'it expired', 'You can renew it online at dorsetlib.example.org/card.'), some({ clarify: 'pass' })),
  c('P2 for: "What would you like to know about the school system?" after the patron named it', asked('i need info on the dorset county school system for a report', 'What would you like to know about the school system?', 'how many schools and when it started', 'The county history at dorsetlib.example.org/history/schools has both.'), some({ clarify: 'pass' })),
  // ---- P2 against: the greeting's offer in other words
  c('P2 against: greeting "What would you like to know about Ask Us Now?"', openedWith('Hi, Marisa at Ask Us Now here. What would you like to know about Ask Us Now?', 'who was the first mayor of dorset', 'It was Amos Reed, 1852: dorsetlib.example.org/history/mayors.'), some({ clarify: 'fail' })),
  c('P2 against: greeting "What would you like to know about our library system?"', openedWith('Hi, this is Marisa with the Dorset library system. What would you like to know about our library system?', 'who was the first mayor of dorset', 'It was Amos Reed, 1852: dorsetlib.example.org/history/mayors.'), some({ clarify: 'fail' })),
  c('P2 against: greeting "What would you like to know about the branches?"', openedWith('Hello, Marisa at Dorset County Library. What would you like to know about the branches?', 'is oak street open sunday', 'Yes, 1 to 5: dorsetlib.example.org/hours.'), some({ clarify: 'fail' })),
];

export const p3Cases: SessionCase[] = [
  // ---- P3 for
  c('P3 for: "A VITA volunteer could look over your return: 410-…"', said('help with my tax return', 'The free filing page is irs.gov/freefile. A VITA volunteer at the Oak Street branch could look over your return: 410-555-0133.'), some({ referral: 'pass' })),
  c('P3 for: "Legal Aid can check over your lease for free." (no contact)', said('is my lease legal', 'The tenant guide is at dorsetlaw.example.org/tenants. Dorset Legal Aid can check over your lease for free.'), some({ referral: 'fail' })),
  c('P3 for: "the housing counselors can go through your paperwork" (no contact)', said('help with my mortgage forms', 'The HUD page on foreclosure help is hud.gov/foreclosure. The housing counselors at Dorset Community Action can go through your paperwork with you.'), some({ referral: 'fail' })),
  // ---- P3 against
  c('P3 against: "The state agency can review your records" describes a power', said('who can see my unemployment records', 'The privacy notice is at labor.example.gov/privacy. The state agency can review your records when it checks a claim.'), some({ referral: 'na' })),
  c('P3 against: "if the clerk can look over your forms …" is inside a clause', said('do i file the will at the courthouse', 'The probate steps are at courts.example.gov/probate. It goes faster if the clerk can look over your forms the day you file.'), some({ referral: 'na' })),
  c('P3 against: "I could look over your résumé here" is the provider\'s own', said('is my resume ok', 'Our résumé guide is dorsetlib.example.org/resumes, and I could look over your résumé here if you paste it in.'), some({ referral: 'na' })),
];

export const p14Cases: SessionCase[] = [
  // ---- P14 for: plural and two-pronoun forms
  c('P14 for: "Envíelos por correo certificado al Registro Civil, <address>"', said('como corrijo un error en el acta de nacimiento', 'La guía está en vitalrecords.example.gov/corregir. Envíelos por correo certificado al Registro Civil, 200 Main Street, Dorset, MD 21001.'), some({ referral: 'pass' })),
  c('P14 for: "Llévelas en persona al consulado." (no contact)', said('necesito renovar la matricula consular', 'Los requisitos están en consulado.example.org/matricula. Llévelas en persona al consulado.'), some({ referral: 'fail' })),
  c('P14 for: "Entrégaselo al juzgado de familia, <address>"', said('donde entrego la forma de custodia', 'Las formas están en courts.example.gov/familia. Entrégaselo al juzgado de familia, 50 Court Street, Dorset, MD 21001.'), some({ referral: 'pass' })),
  c('P14 for: "Mándeselas a la secretaría de la escuela." (no contact)', said('como pido el certificado de estudios de mi hijo', 'La solicitud está en dorsetschools.example.org/certificados. Llénela y mándeselas a la secretaría de la escuela.'), some({ referral: 'fail' })),
  // ---- P14 against
  c('P14 against: impersonal "Se mandan a la oficina del condado."', said('donde van las solicitudes de permiso', 'Las solicitudes están en dorsetcounty.example.gov/permisos. Se mandan a la oficina del condado.'), some({ referral: 'na' })),
  c('P14 against: "Envíelas a registro.example.gov/solicitudes" is a web address', said('como pido una copia del acta', 'Envíelas a registro.example.gov/solicitudes, en línea.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'P2 for: "What would you like to know about the school system?" after the patron named it':
    'inquiry.clarify expected pass, got fail. The patron named the school system as the need; the question asks which part of it. Older: v49 scores it the same (v49 read no "What would you like to know about …?"); block P now reads the form but its new "system" ending keeps this one unread, an ending meant for the greeting\'s "… about our library system?".',
  'P3 against: "if the clerk can look over your forms …" is inside a clause':
    'referral.contact expected na, got fail ("It goes faster if the clerk can look over your forms the day you file."): a condition, it tells the patron to contact no one. Older: v49 reads it the same (with "when the clerk can go through …" both read na), so an older "can look over your forms" reading, not P3, ignores the "if" clause.',
};

describe('fifty-second round: block P, fifth blind check', () => {
  for (const [t, cs] of [['P1', p1Cases], ['P2', p2Cases], ['P3', p3Cases], ['P14', p14Cases]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
