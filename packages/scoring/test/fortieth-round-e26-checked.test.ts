/**
 * HEADER: filled in at the end.
 */
import { describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { describeLeft, describeSessions, type Line, type SessionCase, some, usual } from './helpers';
import { L, OPEN, one, OPEN_ES, es, ends, endsEs, espera, lastEs, second, segunda } from './narrowing-lines';

/** A refusal at 70 s, the patron's `said` at 90 s and the provider's `next` at 110 s, the last message (E23's builders). */
const asked = (refusal: string, said: string, next: string, q = 'can u renew my passport for me'): Line[] => [...OPEN(q), L(refusal), [90, 'p', said], [110, 'l', next]];
const askedEs = (refusal: string, said: string, next: string, q = 'me puede sacar la cita del consulado'): Line[] => [...OPEN_ES(q), L(refusal), [90, 'p', said], [110, 'l', next]];
/** An English answered question, the patron's thanks, then the provider's `text` as the last message (as `lastEs`). */
const lastEn = (q: string, text: string): Line[] => [...OPEN(q), L("It's in the catalogue, samplelibrary.org/catalog. Did that help?"), [110, 'p', 'yes thanks'], [120, 'l', text]];

export const whole: SessionCase[] = [
  {
    name: 'British, a neighbour\'s federal lawsuit: PACER with the docket, the patron\'s "last question: have you got a loo", "Good luck with the case!"',
    lines: [
      [0, 'p', "hiya, how do I find the court papers for my neighbour's lawsuit against the council? it went to federal court"],
      [12, 'l', "Hello, you're chatting with Sam, a librarian at Sample County Library. Do you know the case number, or roughly the year it was filed?"],
      [40, 'p', '2024 i think, no number sorry'],
      [50, 'l', 'No problem. Federal court records are on PACER: search the party name at pacer.uscourts.gov and the docket lists every filing. Is that what you were looking for?'],
      [90, 'p', 'brilliant. last question: have you got a loo i can use if i pop in?'],
      [100, 'l', 'Yes, the toilets are on the ground floor by the lifts. Anything else I can help with?'],
      [120, 'p', "no that's everything, cheers"],
      [130, 'l', 'Thanks for chatting. Good luck with the case!'],
    ],
    // clarify before the source; PACER's URL is a source (a website: no referral); "last question:" is the patron's own;
    // "Is that what you were looking for?" after the source; anything else asked; thanks in the last message
    exp: usual(),
  },
  {
    name: 'Mexican usted, a son\'s IEP: "Deme un momento, lo checo" (answered in 50 s), the PACER Center with its number, "Lo reviso el sábado" not said, "¡Que le vaya muy bien!"',
    lines: [
      [0, 'p', 'buenas tardes, a mi hijo le dieron un IEP y no entiendo nada, donde me pueden ayudar'],
      [15, 'l', '¡Buenas tardes! Le atiende Rosa, de la Biblioteca de Sample County. ¿En qué grado está su hijo?'],
      [45, 'p', 'en tercero'],
      [55, 'l', 'Deme un momento, lo checo.'],
      [105, 'l', 'El PACER Center ayuda gratis a padres de niños con discapacidades a entender el IEP: llame al 952-838-9000 o vea pacer.org/es. ¿Le sirvió?'],
      [140, 'p', 'si, muchas gracias, eso es todo'],
      [150, 'l', '¡Con gusto! ¡Que le vaya muy bien!'],
    ],
    // hold at 55 s, answer at 105 s (50 s): informed passes; referral to the PACER Center (an organisation, "llame") with its
    // phone: referral passes; the patron says "eso es todo": anything_else passes; "¡Que le vaya muy bien!" a goodbye
    exp: usual({ referral: 'pass' }),
  },
];

// ---- E23's capacity after "the last question" ----
export const limits: SessionCase[] = [
  { name: 'limit: "Sorry, that\'s the last one I can take today. Please write us again tomorrow." : dismissal fails', lines: ends('and do you have notary service', "Sorry, that's the last one I can take today. Please write us again tomorrow."), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: British "I\'m afraid that was the last question I can do today; do pop back tomorrow." : dismissal fails', lines: ends('ooh and another, do you sell bus passes', "I'm afraid that was the last question I can do today; do pop back tomorrow."), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: chat-speak "thats the last question i can answer 2day sry, come back tmrw" : dismissal fails', lines: ends('also do u have printers', 'thats the last question i can answer 2day sry, come back tmrw'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: non-native "This is the last question we can to answer today, sorry, please come back tomorrow." : dismissal fails', lines: ends('and one more, you have citizenship test book', 'This is the last question we can to answer today, sorry, please come back tomorrow.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: "Last question for today, sorry. Come back tomorrow for the rest." (no pronoun) : dismissal fails', lines: ends('and where do i pay a fine', 'Last question for today, sorry. Come back tomorrow for the rest.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: Spain "Esta es la última pregunta que os puedo responder hoy, ¿vale? Volved mañana." : dismissal fails', lines: endsEs('y otra, teneis prensa extranjera', 'Esta es la última pregunta que os puedo responder hoy, ¿vale? Volved mañana.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: Central American "Ya es la última pregunta que le podemos responder por hoy, vuelva mañana." : dismissal fails', lines: endsEs('y otra, hay clases de computacion', 'Ya es la última pregunta que le podemos responder por hoy, vuelva mañana.'), exp: some({ dismissal: 'fail' }) },
  { name: 'limit: Mexican "Es la última pregunta que se le puede contestar hoy; mañana seguimos." (impersonal) : dismissal fails', lines: endsEs('y otra cosa, hay actas de matrimonio', 'Es la última pregunta que se le puede contestar hoy; mañana seguimos.'), exp: some({ dismissal: 'fail' }) },
  // the patron's own "last question", answered
  { name: 'limit near: the patron\'s "last question: where\'s the bathroom?" / "The restrooms are on the first floor. Anything else?" : dismissal passes', lines: second('do u have wifi', 'Yes, free wifi: the network is SampleLib, no password. Does that help?', "last question: where's the bathroom?", 'The restrooms are on the first floor by the elevators. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'limit near: "The last question on the form asks for your income; you can leave it blank." : dismissal passes', lines: one('what do i put on the fee waiver form', 'The last question on the form asks for your income; you can leave it blank if you get SNAP. The form is at samplecourts.gov/waiver. Does that help?'), exp: some({ dismissal: 'pass' }) },
  { name: 'limit near: "As for the last question you asked, I can answer that now: yes, we do." : dismissal passes', lines: ends('did u find out about the laptops', 'As for the last question you asked, I can answer that now: yes, we lend laptops for two weeks. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'limit near: "Sobre la última pregunta que me hizo, le puedo decir que sí abrimos el sábado." : dismissal passes', lines: endsEs('y al final abren el sabado?', 'Sobre la última pregunta que me hizo, le puedo decir que sí abrimos el sábado, de 10 a 5. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'limit near: "La última pregunta del formulario es opcional, puede dejarla en blanco." : dismissal passes', lines: endsEs('que pongo en la ultima del formulario', 'La última pregunta del formulario es opcional, puede dejarla en blanco. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'limit near: "The last question I can see in your message was cut off, can you send it again?" : dismissal passes', lines: ends('and also where can i', 'The last question I can see in your message was cut off, can you send it again?'), exp: some({ dismissal: 'pass' }) },
];

// ---- wishes as goodbyes (closing.courteous) ----
export const farewells: SessionCase[] = [
  { name: 'wish: "¡Que le vaya bien!" : courteous passes', lines: lastEs('tienen el libro de la ciudadania', '¡Que le vaya bien!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish: Mexican tú "¡Que disfrutes la peli, mija!" : courteous passes', lines: lastEs('tienen coco en dvd', '¡Que disfrutes la peli, mija!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish: "¡Que disfrute la lectura!" : courteous passes', lines: lastEs('tienen novelas de laura esquivel', '¡Que disfrute la lectura!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish: Caribbean "¡Suerte con el examen, mi amor!" : courteous passes', lines: lastEs('tienen libros para el examen de ciudadania', '¡Suerte con el examen, mi amor!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish: "Enjoy the book!" : courteous passes', lines: lastEn('do you have the new Louise Penny', 'Enjoy the book!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish: "Happy reading!" : courteous passes', lines: lastEn('any good mysteries for a long flight', 'Happy reading!'), exp: some({ courteous: 'pass' }) },
  { name: 'wish: British "Good luck with the exam, take care!" : courteous passes', lines: lastEn('have u got theory test books', 'Good luck with the exam, take care!'), exp: some({ courteous: 'pass' }) },
  // advice, a question, a statement: no goodbye
  { name: 'wish near: "To enjoy the book fully, read the first one in the series first." (advice) : courteous fails', lines: lastEn('is the second one ok on its own', 'To enjoy the book fully, read the first one in the series first.'), exp: some({ courteous: 'fail' }) },
  { name: 'wish near: "Did you enjoy the book?" (a question) : courteous fails', lines: lastEn('what should i read after gone girl', 'Did you enjoy the book?'), exp: some({ courteous: 'fail' }) },
  { name: 'wish near: "Los niños disfrutan mucho la hora del cuento de los martes." (a statement) : courteous fails', lines: lastEs('hay cuentos para niños', 'Los niños disfrutan mucho la hora del cuento de los martes.'), exp: some({ courteous: 'fail' }) },
  { name: 'wish near: "Si quiere que su hijo disfrute el libro, léalo con él en voz alta." (advice) : courteous fails', lines: lastEs('mi hijo no quiere leer', 'Si quiere que su hijo disfrute el libro, léalo con él en voz alta.'), exp: some({ courteous: 'fail' }) },
  { name: 'wish near: "Good luck finding it is what you\'ll need: the catalogue has no copies." : courteous fails', lines: lastEn('is there a first edition of dune', "Good luck finding one is what you'll need: the catalogue has no first editions."), exp: some({ courteous: 'fail' }) },
];

// ---- later checks on a day, not holds (interest.keep_informed) ----
export const holds: SessionCase[] = [
  { name: 'later: "I\'ll look again Saturday and email you." : informed passes', lines: espera("I'll look again Saturday and email you."), exp: some({ informed: 'pass' }) },
  { name: 'later: Spain "Lo reviso el finde y te escribo." : informed passes', lines: espera('Lo reviso el finde y te escribo.'), exp: some({ informed: 'pass' }) },
  { name: 'later: Mexican "Lo checo el sábado y le aviso por correo." : informed passes', lines: espera('Lo checo el sábado y le aviso por correo.'), exp: some({ informed: 'pass' }) },
  { name: 'later: British "I\'ll have another look on Monday and ring you." : informed passes', lines: espera("I'll have another look on Monday and ring you."), exp: some({ informed: 'pass' }) },
  { name: 'later: chat-speak "will check again on the weekend n email u" : informed passes', lines: espera('will check again on the weekend n email u'), exp: some({ informed: 'pass' }) },
  { name: 'later: Spanglish "Lo checo el weekend con mi supervisora y te mando un text." : informed passes', lines: espera('Lo checo el weekend con mi supervisora y te mando un text.'), exp: some({ informed: 'pass' }) },
  // a look-up now, about a day
  { name: 'later near: "Déjame checar el horario del sábado." (a look-up now) : informed fails', lines: espera('Déjame checar el horario del sábado.'), exp: some({ informed: 'fail' }) },
  { name: 'later near: "Let me check Saturday\'s schedule, one moment." (a look-up now) : informed fails', lines: espera("Let me check Saturday's schedule, one moment."), exp: some({ informed: 'fail' }) },
  { name: 'later near: "Lo checo ahorita; el finde no hay clases, pero entre semana sí." (a look-up now) : informed fails', lines: espera('Lo checo ahorita; el finde no hay clases, pero entre semana sí.'), exp: some({ informed: 'fail' }) },
];

// ---- PACER: the courts' records, the fitness test, the PACER Center ----
export const pacer: SessionCase[] = [
  { name: 'PACER: "The court records are on PACER; search by the party name." : source passes', lines: one('how do i see a lawsuit against my landlord', 'The court records are on PACER; search by the party name. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'PACER: "Pull the docket from PACER, it costs 10 cents a page." : source passes', lines: one('can i see the filings in a federal case', 'Pull the docket from PACER, it costs 10 cents a page. Does that help?'), exp: some({ source: 'pass' }) },
  { name: 'PACER: Spanish "La demanda federal está en PACER, los registros de las cortes federales." : source passes', lines: es('como veo la demanda contra mi empresa', 'La demanda federal está en PACER, el sistema de registros de las cortes federales. ¿Le sirve?'), exp: some({ source: 'pass' }) },
  { name: 'PACER fitness: "The PACER is the beep test in PE; his teacher has the results." : source fails', lines: one('what is the pacer thing my son did', 'The PACER is the beep test in PE; his teacher has the results. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'PACER fitness: "His PACER run was filmed and is now evidence in the lawsuit." (no resource) : source fails', lines: one('my son got hurt in pe', 'If his PACER run was filmed, it may be evidence in a lawsuit; talk to a lawyer. Does that help?'), exp: some({ source: 'fail' }) },
  { name: 'PACER Center: "Call the PACER Center at 952-838-9000, they help parents with IEPs." : referral passes, source passes', lines: one('who helps parents with an iep meeting', 'Call the PACER Center at 952-838-9000, they help parents with IEP meetings. Does that help?'), exp: some({ referral: 'pass', source: 'pass' }) },
  { name: 'PACER Center: "Contact the PACER Center, they advocate for parents at IEP meetings." (no contact) : referral fails, source fails', lines: one('who helps parents with an iep meeting', 'Contact the PACER Center, they advocate for parents at IEP meetings. Does that help?'), exp: some({ referral: 'fail', source: 'fail' }) },
  { name: 'PACER Center: "pacer.org has guides on IEPs for parents." (a website) : referral na, source passes', lines: one('where can i read about ieps', 'pacer.org has guides on IEPs for parents, in English and Spanish. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
];

// ---- ownDeptOwnerE23: other owners' departments versus the library's own ----
export const departments: SessionCase[] = [
  { name: 'dept: "Ask the city\'s parks department, or call us at 410-555-0100." (the city\'s, no contact) : referral fails', lines: one('can i reserve a picnic pavilion', "Ask the city's parks department, or call us at 410-555-0100. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'dept: British "Have a word with the school\'s counselling office, or ring us on 410-555-0100." : referral fails', lines: one('my daughter is being bullied at school', "Have a word with the school's counselling office, or ring us on 410-555-0100. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'dept: "Pregunte en la oficina de la escuela, o llámenos al 410-555-0100." (the school\'s) : referral fails', lines: es('como saco las calificaciones de mi hija', 'Pregunte en la oficina de la escuela, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'dept: "Pregunte en el departamento de información del municipio, o llámenos al 410-…" (the town\'s) : referral fails', lines: es('donde saco el permiso de construccion', 'Pregunte en el departamento de información del municipio, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'dept: "Pregunte en el mostrador de información del aeropuerto, o llámenos al 410-…" (the airport\'s) : referral fails', lines: es('donde estan los objetos perdidos del aeropuerto', 'Pregunte en el mostrador de información del aeropuerto, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'dept: "Pregunte en la oficina de préstamos de la universidad, o llámenos al 410-…" (the university\'s) : referral fails', lines: es('como saco un libro de la universidad', 'Pregunte en la oficina de préstamos de la universidad, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'dept: "Hable con el servicio de información del museo; o llámenos al 410-…" (the museum\'s) : referral fails', lines: es('el museo tiene visitas guiadas', 'Hable con el servicio de información del museo, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'dept own: "Ask our circulation department, or call us at 410-555-0100." : referral passes', lines: one('why is there a fee on my card', 'Ask our circulation department, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'dept own: "Pregunte en nuestro departamento de préstamos, o llámenos al 410-555-0100." : referral passes', lines: es('cuantos libros puedo sacar', 'Pregunte en nuestro departamento de préstamos, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'dept own: "Pase a la oficina de circulación de la biblioteca, o llámenos al 410-…" : referral passes', lines: es('perdi mi tarjeta', 'Pase a la oficina de circulación de la biblioteca, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'dept own: Spanglish "Habla con el departamento de referencia, o call us al 410-555-0100." : referral passes', lines: es('necesito periodicos viejos', 'Habla con el departamento de referencia, o call us al 410-555-0100. ¿Te sirve?'), exp: some({ referral: 'pass' }) },
];

// ---- ownDeptSectionsE23: the library's sections to visit or contact, versus staff consulted ----
export const sections: SessionCase[] = [
  { name: 'section: "Hable con la sala de historia local; nos puede llamar al 410-555-0100." : referral passes', lines: es('quien fundo el pueblo', 'Hable con la sala de historia local; nos puede llamar al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'section: "Comuníquese con la sección de genealogía al 410-555-0100." : referral passes', lines: es('busco a mis bisabuelos', 'Comuníquese con la sección de genealogía al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'section: "Visit the children\'s room, or call us at 410-555-0100." : referral passes', lines: one('do u have board books', "Visit the children's room, or call us at 410-555-0100. Does that help?"), exp: some({ referral: 'pass' }) },
  { name: 'section: "Ask at the local history room, or ring us on 410-555-0100." : referral passes', lines: one('old maps of my street', 'Ask at the local history room, or ring us on 410-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'section: "Visit the Maryland Room at McKeldin Library, lib.umd.edu/special, for the old maps." : referral passes', lines: one('old maps of maryland', 'Visit the Maryland Room at McKeldin Library, lib.umd.edu/special, for the old maps. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'section other: "Hable con la sección infantil del museo, o llámenos al 410-…" (the museum\'s) : referral fails', lines: es('hay talleres para niños en el museo', 'Hable con la sección infantil del museo, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'section other: "Hable con la sala juvenil del centro comunitario, o llámenos al 410-…" : referral fails', lines: es('hay actividades para adolescentes en el centro', 'Hable con la sala juvenil del centro comunitario, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  // staff the provider consulted: no referral
  { name: 'section consulted: "Le pregunté a la sección infantil: la hora del cuento es los martes, samplelibrary.org/eventos." : referral na', lines: es('cuando es la hora del cuento', 'Le pregunté a la sección infantil: la hora del cuento es los martes a las 10, samplelibrary.org/eventos. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'section consulted: "I checked with our local history room: the map is at samplelibrary.org/sanborn." : referral na', lines: one('is there a map of my street in 1900', 'I checked with our local history room: the 1904 Sanborn map is at samplelibrary.org/sanborn. Does that help?'), exp: some({ referral: 'na', source: 'pass' }) },
  { name: 'section consulted: "Consulté con la sala juvenil y el club es los jueves; samplelibrary.org/eventos." : referral na', lines: es('hay club de manga', 'Consulté con la sala juvenil y el club es los jueves a las 4, samplelibrary.org/eventos. ¿Le sirve?'), exp: some({ referral: 'na', source: 'pass' }) },
];

// ---- searchPageE23: a search engine's results page as no way forward ----
export const searchPages: SessionCase[] = [
  { name: 'search: "then where?" / "www.google.com/search?q=passport+renewal bye" : dismissal fails', lines: asked('Not my job.', 'then where?', 'www.google.com/search?q=passport+renewal bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: "then where?" / "duckduckgo.com/?q=passport+renewal, bye" : dismissal fails', lines: asked('Not my job.', 'then where?', 'duckduckgo.com/?q=passport+renewal, bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: British "then where?" / "google.co.uk/search?q=passport+renewal, cheers" : dismissal fails', lines: asked('Not our department, sorry.', 'then where?', 'google.co.uk/search?q=passport+renewal, cheers'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: "then where?" / "search.yahoo.com/search?p=passport, bye" : dismissal fails', lines: asked('Not my job.', 'then where?', 'search.yahoo.com/search?p=passport, bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: "then where?" / "lmgtfy.app/?q=passport+renewal" (let me google that for you) : dismissal fails', lines: asked('Not my job.', 'then where?', 'lmgtfy.app/?q=passport+renewal'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: "then where?" / "just search it on google, bye" : dismissal fails', lines: asked('Not my job.', 'then where?', 'just search it on google, bye'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: Spain "¿y entonces dónde?" / "google.es/search?q=cita+dni, ahí lo tiene. Adiós." : dismissal fails', lines: askedEs('Eso no es cosa nuestra.', '¿y entonces dónde?', 'google.es/search?q=cita+dni, ahí lo tiene. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'search: Mexican "¿entonces a dónde?" / "bing.com/search?q=cita+pasaporte+sre. Bye." : dismissal fails', lines: askedEs('Eso no me toca.', '¿entonces a dónde?', 'bing.com/search?q=cita+pasaporte+sre. Bye.'), exp: some({ dismissal: 'fail' }) },
  // a real page found by searching, the catalogue's own search, a shortened link
  { name: 'search near: "then where?" / "travel.state.gov/content/travel/en/passports.html, I found it by googling. Bye." : dismissal passes', lines: asked('Not my department.', 'then where?', 'travel.state.gov/content/travel/en/passports.html has the renewal form, I found it by googling. Bye.'), exp: some({ dismissal: 'pass' }) },
  { name: 'search near: "then where?" / "catalog.samplelibrary.org/search?q=passport has the guides. Anything else?" : dismissal passes', lines: asked('Not my department.', 'then where?', 'catalog.samplelibrary.org/search?q=passport has our passport guides. Anything else?'), exp: some({ dismissal: 'pass' }) },
  { name: 'search near: "then where?" / "usa.gov/search?query=passport, the first result has the form. Bye." (an agency\'s own search) : dismissal passes', lines: asked('Not my department.', 'then where?', 'usa.gov/search?query=passport, the first result has the form. Bye.'), exp: some({ dismissal: 'pass' }) },
  { name: 'search near: "then where?" / "bit.ly/passport-renew has the State Department\'s form. Bye." (a link to a page) : dismissal passes', lines: asked('Not my department.', 'then where?', "bit.ly/passport-renew has the State Department's form. Bye."), exp: some({ dismissal: 'pass' }) },
  { name: 'search near: "¿y dónde?" / "En sre.gob.mx/pasaportes está el trámite, lo encontré en Google. Adiós." : dismissal passes', lines: askedEs('Eso no me toca.', '¿y dónde?', 'En sre.gob.mx/pasaportes está el trámite, lo encontré en Google. Adiós.'), exp: some({ dismissal: 'pass' }) },
];

/** Near misses of the fixes (labelled before running). */
export const guards: SessionCase[] = [
  // dismissalHard: "the last one" with a verb that is no capacity to answer; "your last question for today"; a real question
  { name: 'guard limit: "That\'s the last one I can find on the shelf, sorry; want me to place a hold?" : dismissal passes', lines: ends('do u have the hunger games', "That's the last one I can find on the shelf, sorry; the others are checked out. Want me to place a hold?"), exp: some({ dismissal: 'pass' }) },
  { name: 'guard limit: "Is that your last question for today? No rush at all." : dismissal passes', lines: ends('ok and when do you close', 'We close at 8. Is that your last question for today? No rush at all.'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard limit: "Your last question for today was about fines: yes, they\'re waived for kids." : dismissal passes', lines: ends('so what about the fines', "Your last question for today was about fines: yes, they're waived for kids' cards. Anything else?"), exp: some({ dismissal: 'pass' }) },
  { name: 'guard limit: "Es la última pregunta que se puede dejar en blanco en el formulario." : dismissal passes', lines: endsEs('cual puedo dejar en blanco', 'Es la última pregunta que se puede dejar en blanco en el formulario. ¿Algo más?'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard limit: "Y esta es la última pregunta que le puedo contestar hoy o tiene más?" (asked) : dismissal passes', lines: endsEs('y a que hora cierran', 'Cerramos a las 8. Y esta es la última pregunta que le puedo contestar hoy o tiene más?'), exp: some({ dismissal: 'pass' }) },
  // searchPageWideE26: another service on a search engine's host, and a real page with "google" in the sentence
  { name: 'guard search: "then where?" / "books.google.co.uk/books?id=abc has the full text. Bye." : dismissal passes', lines: asked('Not our department, sorry.', 'then where?', 'books.google.co.uk/books?id=abc has the full text, page 12. Bye.', 'can u find the old passport rules book'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard search: "then where?" / "scholar.google.es/scholar?q=pasaporte has the studies. Bye." (Google Scholar) : dismissal passes', lines: asked('Not my department.', 'then where?', 'scholar.google.es/scholar?q=pasaporte has the studies on it. Bye.', 'any research on passport fraud'), exp: some({ dismissal: 'pass' }) },
  { name: 'guard search: "then where?" / "gov.uk/renew-adult-passport, or search renew passport on google. Bye." : dismissal passes', lines: asked('Not our department, sorry.', 'then where?', 'gov.uk/renew-adult-passport has it, or search "renew passport" on google. Bye.'), exp: some({ dismissal: 'pass' }) },
  // ownerMoreE26 / ownRoomE26: the owner's word later, not right after the section; another owner's room
  { name: 'guard dept: "Hable con la sala juvenil, o llámenos al 410-…; el centro comunitario también tiene club." (the library\'s) : referral passes', lines: es('hay club de ajedrez para jovenes', 'Hable con la sala juvenil, o llámenos al 410-555-0100; el centro comunitario también tiene club. ¿Le sirve?'), exp: some({ referral: 'pass' }) },
  { name: 'guard room: "Ask at the city\'s local history room, or call us at 410-555-0100." (the city\'s) : referral fails', lines: one('old photos of main street', "Ask at the city's local history room, or call us at 410-555-0100. Does that help?"), exp: some({ referral: 'fail' }) },
  { name: 'guard room: "Visit the children\'s room at the museum, or call us at 410-555-0100." (the museum\'s) : referral fails', lines: one('are there kids activities at the science museum', "Visit the children's room at the museum, or call us at 410-555-0100. Does that help?"), exp: some({ referral: 'fail' }) },
  // farewell: wishes kept, advice and questions not read
  { name: 'guard wish: "I hope you enjoy the book!" : courteous passes', lines: lastEn('is there a new jack reacher', 'I hope you enjoy the book!'), exp: some({ courteous: 'pass' }) },
  { name: 'guard wish: "Hope you get to enjoy the book over the holidays!" : courteous passes', lines: lastEn('something cosy for christmas', 'Hope you get to enjoy the book over the holidays!'), exp: some({ courteous: 'pass' }) },
  { name: 'guard wish: "Would you enjoy the audiobook more? It\'s on Libby." (a question) : courteous fails', lines: lastEn('i never finish books', "Would you enjoy the audiobook more? It's on Libby too."), exp: some({ courteous: 'fail' }) },
  { name: 'guard wish: "Para que disfrutes la peli, mira primero la primera parte." (advice) : courteous fails', lines: lastEs('tienen la segunda de dune', 'Para que disfrutes la peli, mira primero la primera parte.'), exp: some({ courteous: 'fail' }) },
  { name: 'guard wish: "¿Suerte con el examen, mija?" (asked) : courteous fails', lines: lastEs('como me fue en el examen', '¿Suerte con el examen, mija?'), exp: some({ courteous: 'fail' }) },
];

/** The second batch: paraphrases of the fixes' words (labelled before running). */
export const secondBatch: SessionCase[] = [
  { name: 'second limit: "Ok, that\'s the last one we can answer today, sorry! Please come back tomorrow." : dismissal fails', lines: ends('and do u have ged books', "Ok, that's the last one we can answer today, sorry! Please come back tomorrow."), exp: some({ dismissal: 'fail' }) },
  { name: 'second limit: British "Last question for tonight I\'m afraid, do come back tomorrow." : dismissal fails', lines: ends('and have you got the telegraph', "Last question for tonight I'm afraid, do come back tomorrow."), exp: some({ dismissal: 'fail' }) },
  { name: 'second limit: "Esta es la última pregunta que se les puede atender por hoy." : dismissal fails', lines: endsEs('y otra mas, prestan proyectores', 'Esta es la última pregunta que se les puede atender por hoy.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second limit: "Sorry, this is the last question I can take, ok? Write us tomorrow." (a tag) : dismissal fails', lines: ends('and one more about fines', 'Sorry, this is the last question I can take, ok? Write us tomorrow.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second search: "Eso no es mi trabajo." / "¿y dónde entonces?" / "google.com.mx/search?q=cita+sre, ahí sale. Adiós." : dismissal fails', lines: askedEs('Eso no es mi trabajo.', '¿y dónde entonces?', 'google.com.mx/search?q=cita+sre, ahí sale. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second search: Spain "Eso no es mi trabajo." / "¿y dónde entonces?" / "google.es/search?q=cita+dni. Adiós." : dismissal fails', lines: askedEs('Eso no es mi trabajo.', '¿y dónde entonces?', 'google.es/search?q=cita+dni, ahí lo tiene. Adiós.'), exp: some({ dismissal: 'fail' }) },
  { name: 'second search: British "Not our department." / "then where?" / "duckduckgo.com/?q=passport+office, cheers" : dismissal fails', lines: asked('Not our department, sorry.', 'then where?', 'duckduckgo.com/?q=passport+office, cheers'), exp: some({ dismissal: 'fail' }) },
  { name: 'second wish: "¡Que disfruten la fiesta!" : courteous passes', lines: lastEs('tienen libros de piñatas', '¡Que disfruten la fiesta!'), exp: some({ courteous: 'pass' }) },
  { name: 'second wish: "Enjoy your visit to the museum!" : courteous passes', lines: lastEn('do you have museum passes', 'Enjoy your visit to the museum!'), exp: some({ courteous: 'pass' }) },
  { name: 'second wish: "To enjoy your visit, book the timed tickets first." (advice) : courteous fails', lines: lastEn('do you have museum passes', 'To enjoy your visit, book the timed tickets first.'), exp: some({ courteous: 'fail' }) },
  { name: 'second dept: "Pregunte en el mostrador de información del centro de salud, o llámenos al 410-…" : referral fails', lines: es('donde me vacuno', 'Pregunte en el mostrador de información del centro de salud, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'second dept: "Hable con la oficina de referencia del colegio, o llámenos al 410-…" (the school\'s) : referral fails', lines: es('mi hijo necesita un libro del colegio', 'Hable con la oficina de referencia del colegio, o llámenos al 410-555-0100. ¿Le sirve?'), exp: some({ referral: 'fail' }) },
  { name: 'second room: "Ask at the reading room, or call us at 410-555-0100." (the library\'s) : referral passes', lines: one('do you have the wall street journal', 'Ask at the reading room, or call us at 410-555-0100. Does that help?'), exp: some({ referral: 'pass' }) },
  { name: 'second room: chat-speak "pop into our teen room or call us @ 410-555-0100" (the library\'s) : referral passes', lines: one('any gaming club 4 teens', 'pop into our teen room or call us @ 410-555-0100. that help?'), exp: some({ referral: 'pass' }) },
];

/** Cases that still disagree, each with the reason. */
const LEFT_WHY: Record<string, string> = {
  'wish near: "Good luck finding it is what you\'ll need: the catalogue has no copies." : courteous fails':
    'v1\'s farewell "good luck" reads any "good luck"; a sarcastic "good luck finding one" is outside E23\'s wishes',
  'dept own: "Pase a la oficina de circulación de la biblioteca, o llámenos al 410-…" : referral passes':
    '"pase a" is no referring verb of referral.ts (as E23\'s LEFT "Pase a la sala infantil"): no referral is read at all',
  'section: "Comuníquese con la sección de genealogía al 410-555-0100." : referral passes':
    '"la sección de genealogía" is no party word of referral.ts (older than E23): no referral is read, so E23\'s sections never run',
  'section other: "Hable con la sección infantil del museo, o llámenos al 410-…" (the museum\'s) : referral fails':
    'no referral is read at all ("la sección infantil del museo" is no party of the older referral readings); the museum as an owner is read by E26\'s `ownerMoreE26` where a referral is',
  'search: Spain "¿y entonces dónde?" / "google.es/search?q=cita+dni, ahí lo tiene. Adiós." : dismissal fails':
    '"Eso no es cosa nuestra." is no refusal of the older families (dismissalConvenience): nothing is read to be answered; the same results page after "Eso no es mi trabajo." is read (second batch)',
  'search: Mexican "¿entonces a dónde?" / "bing.com/search?q=cita+pasaporte+sre. Bye." : dismissal fails':
    '"Eso no me toca." is no refusal of the older families (E23\'s own case with it answers with the consulate and passes either way); the same page after "Eso no es mi trabajo." is read (E23\'s second batch)',
};

const all = [...limits, ...farewells, ...holds, ...pacer, ...departments, ...sections, ...searchPages, ...guards, ...secondBatch];
const running = (cases: SessionCase[]) => cases.filter((c) => !(c.name in LEFT_WHY));

describe('fortieth round (E26): every whole case lists all 17 checks', () => {
  it.each(whole)('$name', (c) => {
    expect(Object.keys(c.exp).sort()).toEqual([...CHECK_IDS].sort());
  });
});

describe('fortieth round (E26): v40 E23 checked', () => {
  describeSessions('whole', running(whole));
  describeSessions('all', running(all));
  describeLeft('E26', [...whole, ...all].filter((c) => c.name in LEFT_WHY));
});
