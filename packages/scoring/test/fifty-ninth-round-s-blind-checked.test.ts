/**
 * Fifty-ninth round, blind check of block S (rubric v53): S1, S2, S3, S4, S9 and S22 tried both ways in cases written by a helper who
 * did not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant behaviour in new words; "against": near
 * misses the block must not read, and older readings it must not break).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - S1: a patron's employer, its HR ("recursos humanos"), a bank and an insurer are organisations (RUBRIC Terms, Referral) when the
 *   patron is told to hand or send papers to them; a relative is none; a form filled in on a page is a source; the provider's own
 *   "le entregaremos" tells the patron to contact no one.
 * - S2: "reúnase con / puede reunirse con" a named person or office is "visit them"; "cuando se reúna con …" presumes a meeting and
 *   tells the patron to contact no one; the provider's own meeting is no referral.
 * - S3: the library's own card mailed to the patron is the service delivered, not a promise "to send or find more later" (RUBRIC
 *   Terms, Follow-up session); a list, catalogue printout or an answer sent later is.
 * - S4: "Have your <relative> -- aside -- call <party>" tells the patron (through the relative) to contact the party, with "--", "—"
 *   or " - " around the aside.
 * - S9: "¿Le parece factible / posible?", "¿Te parecen manejables estos pasos?" after steps ask whether what was given meets the need
 *   (RUBRIC followup.completeness); after an offer or request, or before anything was given, they ask about something not yet given.
 * - S22: filing or suing "ante / en la corte / la Comisión" is contacting that court or agency; another's filing is not; a haircut
 *   ("corte de pelo") or an outage ("corte de luz") is no party; a page of the court is a source.
 *
 * COUNTS. Written: 44 cases (25 for, 19 against), each labelled before it ran (labels copied aside before the first run). First run as
 * labelled: 38. Disagreeing: 6. Label corrections: 0. Final: 38 running, 6 LEFT (v52 scored on each LEFT case to tell "older" from
 * "S caused"):
 * - followup.on_time, expected pending / got na: "I'll mail the card catalog records for your grandfather's books to you next week"
 *   (information mailed later, read as no promise; older).
 * - followup.completeness, expected pass / got fail: "¿Le parece posible hacer eso?" after steps (S9's list lacks "posible"; older).
 * - followup.completeness, expected pass / got fail: "Vamos a ver: entre a …, busque … y llene la solicitud. ¿Le parece factible?"
 *   (S9's offer guard takes "vamos a ver" for "vamos a <offer>"; older: v52 fails it too, S9 does not reach it).
 * - followup.completeness, expected fail / got pass: "Se lo aparto en la sucursal central. ¿Le parece factible?" (an offer without
 *   "puedo / podemos", read as asking about steps; S caused).
 * - referral.contact, expected fail / got na: "Usted puede demandar a su casero en la corte de reclamos menores." (S22 misses "demandar
 *   a <party sued> en la corte"; older).
 * - referral.contact, expected na / got pass: "Su casero primero tiene que radicar el caso en la corte; la guía está en …" (the
 *   landlord's filing, three words between "casero" and the verb, read as a referral of the patron; fail without the URL; S caused).
 * AFTER THE MENDS (the author's, labels unchanged): 5 of the 6 LEFT run. Mended: S9 with "posible (hacer eso)", not after "se lo
 * aparto …" (the S caused), "vamos a ver" no offer; S22 with "a su casero" before "en la corte", another's filing up to four words
 * before the verb (the S caused). 1 stays LEFT, older: "I'll mail the card catalog records … to you next week" (no promise read, as
 * on v52). 43 running, 1 LEFT.
 * ON v54 (block T): "I'll mail the card catalog records for your grandfather's books to you next week" (T3: the provider's own
 * sending promise with five to twelve words before "to you") reads as labelled and runs: 44 running, none LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hola, le atiende Maru de la Biblioteca del Condado de Tilden.';
const { said, asked } = nearMissLines(HI, { branch: '¿En qué sucursal suele estar?', branchReply: 'la del centro' });
const HI_EN = 'Hi there, Maru at Tilden County Library here.';
const en = nearMissLines(HI_EN, { branch: 'Which branch do you use?', branchReply: 'northside' });

export const s1: SessionCase[] = [
  // ---- S1 for
  c('S1 for: "Llévele el formulario firmado a recursos humanos." (no contact)', said('mi trabajo me pide un formulario de la corte para jurado', 'La corte llena la parte de arriba. Llévele el formulario firmado a recursos humanos.'), some({ referral: 'fail' })),
  c('S1 for: "entreguele el formulario a su empleadora" without accents (no contact)', said('formulario de licencia familiar', 'ya firmado, entreguele el formulario a su empleadora lo antes posible'), some({ referral: 'fail' })),
  c('S1 for: "Mande el formulario a la Oficina del Registro Civil, 40 Elm St, Tilden, MD 21001."', said('corregir un acta de nacimiento', 'El formulario de corrección se imprime y se firma ante notario. Mande el formulario a la Oficina del Registro Civil, 40 Elm St, Tilden, MD 21001.'), some({ referral: 'pass' })),
  c('S1 for: "Entrégueles los papeles del choque a su aseguradora, al 410-555-0172."', said('tuve un choque y no sé qué hacer con los papeles', 'Guarde copia de todo. Entrégueles los papeles del choque a su aseguradora, al 410-555-0172.'), some({ referral: 'pass' })),
  c('S1 for: "Entregue la carta firmada a su banco." (no contact)', said('mi banco me pide una carta de la biblioteca', 'La carta se la firma el personal del mostrador. Entregue la carta firmada a su banco.'), some({ referral: 'fail' })),
  // ---- S1 against
  c('S1 against: "Entréguele el formulario a su hija para que lo firme" (family, no party)', said('permiso para que mi hija use las computadoras', 'El permiso de menores está en tilden.example.org/permiso. Entréguele el formulario a su hija para que lo firme.'), some({ referral: 'na' })),
  c('S1 against: "Llene el formulario en la página …" is a page to use', said('cómo pido la tarjeta', 'Llene el formulario en la página tilden.example.org/tarjeta.'), some({ referral: 'na' })),
  c('S1 against: "Nosotros le entregaremos el formulario a su empleador" is the provider\'s own act', said('necesito constancia de mi curso para el trabajo', 'La constancia sale del sistema: tilden.example.org/cursos. Nosotros le entregaremos el formulario a su empleador.'), some({ referral: 'na' })),
];

export const s2: SessionCase[] = [
  // ---- S2 for
  c('S2 for: "Reúnase con una asesora de la Oficina de Ayuda Financiera; su teléfono es 410-555-0190."', said('no sé cómo pagar el colegio comunitario', 'Los requisitos están explicados abajo. Reúnase con una asesora de la Oficina de Ayuda Financiera; su teléfono es 410-555-0190.'), some({ referral: 'pass' })),
  c('S2 for: "Puede reunirse con alguien del consulado de México antes de viajar." (no contact)', said('pasaporte mexicano para mi bebé', 'Los requisitos cambian seguido. Puede reunirse con alguien del consulado de México antes de viajar.'), some({ referral: 'fail' })),
  c('S2 for: "Reúnanse con el consejero de vivienda del condado" said to a couple (no contact)', said('queremos comprar nuestra primera casa', 'Hay programas de enganche. Reúnanse con el consejero de vivienda del condado.'), some({ referral: 'fail' })),
  c('S2 for: "reunase primero con un abogado de la Clinica Legal de Tilden, 410-555-0133" without accents', said('me quieren desalojar', 'no firme nada todavia. reunase primero con un abogado de la Clinica Legal de Tilden, 410-555-0133'), some({ referral: 'pass' })),
  // ---- S2 against
  c('S2 against: "Cuando se reúna con su abogado, lleve estas copias" presumes the meeting', said('qué llevo a mi cita de inmigración', 'La lista de documentos está en tilden.example.org/inmigracion. Cuando se reúna con su abogado, lleve estas copias.'), some({ referral: 'na' })),
  c('S2 against: "Mañana me reuniré con la directora para preguntarle" is the provider\'s own', said('pueden abrir la sala los domingos', 'Las reglas de la sala están en tilden.example.org/salas. Mañana me reuniré con la directora para preguntarle.'), some({ referral: 'na' })),
  c('S2 against: "El club de lectura se reúne con la autora en mayo"', said('viene la autora a la biblioteca', 'Sí. El club de lectura se reúne con la autora en mayo; los detalles están en tilden.example.org/eventos.'), some({ referral: 'na' })),
];

export const s3: SessionCase[] = [
  // ---- S3 for
  c('S3 for: "we will mail ur daughter\'s library card to your home address" is the service', en.said('library card for my 6 yr old', 'Fill out the form at tilden.example.org/card and we will mail ur daughter\'s library card to your home address.'), some({ contact: 'na', onTime: 'na', code: 'pass' })),
  c('S3 for: "Le mandaremos su credencial de la biblioteca por correo la próxima semana."', said('perdí mi credencial', 'La reposición cuesta un dólar. Le mandaremos su credencial de la biblioteca por correo la próxima semana.'), some({ contact: 'na', onTime: 'na', code: 'pass' })),
  c('S3 for: "We\'ll send the replacement card to the address we have on file by Friday."', en.said('my card got stolen', 'I have blocked the old card. We\'ll send the replacement card to the address we have on file by Friday.'), some({ contact: 'na', onTime: 'na', code: 'pass' })),
  c('S3 for: "Te enviaremos tu tarjeta nueva por correo."', said('quiero cambiar mi tarjeta vieja', 'Ya quedó actualizada tu cuenta. Te enviaremos tu tarjeta nueva por correo.'), some({ contact: 'na', onTime: 'na', code: 'pass' })),
  // ---- S3 against
  c('S3 against: "Le enviaremos la tarjeta por correo y le escribiré cuando encuentre el libro" promises more', said('tarjeta nueva y un libro que no encuentro', 'Le enviaremos la tarjeta por correo y le escribiré cuando encuentre el libro que busca.'), some({ onTime: 'pending', code: 'fail' })),
  c('S3 against: "We\'ll email you the list of card-reader apps tomorrow" is a promise', en.said('apps that read my library card', 'Good question, it depends on the phone. We\'ll email you the list of card-reader apps tomorrow.'), some({ onTime: 'pending', code: 'fail' })),
  c('S3 against: "I\'ll mail the card catalog records for your grandfather\'s books to you next week"', en.said('my grandfather donated books in 1950', 'The old card catalog is not online. I\'ll mail the card catalog records for your grandfather\'s books to you next week.'), some({ onTime: 'pending', code: 'fail' })),
];

export const s4: SessionCase[] = [
  // ---- S4 for
  c('S4 for: "Have your grandpa — with his Medicare card handy — call the Medicare helpline at 1-800-555-0177."', en.said('my grandpa got a weird bill from medicare', 'Have your grandpa — with his Medicare card handy — call the Medicare helpline at 1-800-555-0177.'), some({ referral: 'pass' })),
  c('S4 for: "Have your son -- once he has his pay stubs -- call the housing authority." (no contact)', en.said('my son needs to recertify for his voucher', 'Recertification is yearly. Have your son -- once he has his pay stubs -- call the housing authority.'), some({ referral: 'fail' })),
  c('S4 for: "Have your wife - with her passport - visit the county clerk at 12 Court St, Tilden."', en.said('my wife needs a notary for a travel letter', 'Have your wife - with her passport - visit the county clerk at 12 Court St, Tilden.'), some({ referral: 'pass' })),
  // ---- S4 against
  c('S4 against: "Have your sister -- or anyone -- check the page at …" is a page', en.said('how does my sister replace her ss card', 'Have your sister -- or anyone -- check the page at ssa.example.gov/card.'), some({ referral: 'na' })),
  c('S4 against: "Have your mom -- with her glasses on -- read the letter again"', en.said('my mom cant tell what the letter says she owes', 'The amount is on page 2 of the notice. Have your mom -- with her glasses on -- read the letter again.'), some({ referral: 'na' })),
];

export const s9: SessionCase[] = [
  // ---- S9 for
  c('S9 for: "¿Le parece factible?" after steps with a phone and a page', said('cómo pido ayuda con la calefacción', 'Primero llame al 410-555-0100 para una cita y luego llene el formulario en condado.example.gov/calefaccion. ¿Le parece factible?'), some({ complete: 'pass' })),
  c('S9 for: "¿Te parecen manejables estos pasos?"', said('cómo renuevo mis libros', 'Entras a tilden.example.org/cuenta, pones tu número de tarjeta y le das a renovar. ¿Te parecen manejables estos pasos?'), some({ complete: 'pass' })),
  c('S9 for: "¿le resulta factible hacerlo asi?" without accents', said('cómo imprimo desde mi celular', 'Mande el archivo a imprimir@tilden.example.org y recójalo en el mostrador con su tarjeta. ¿le resulta factible hacerlo asi?'), some({ complete: 'pass' })),
  c('S9 for: "¿Le parece posible hacer eso?" (another adjective)', said('cómo saco una cita para el pasaporte', 'Las citas se sacan en tilden.example.org/pasaportes; traiga dos fotos. ¿Le parece posible hacer eso?'), some({ complete: 'pass' })),
  c('S9 for: "Vamos a ver: … ¿Le parece factible?" ("vamos a ver" is no offer)', said('cómo pido un libro de otra biblioteca', 'Vamos a ver: entre a tilden.example.org/prestamo, busque el título y llene la solicitud. ¿Le parece factible?'), some({ complete: 'pass' })),
  // ---- S9 against
  c('S9 against: "Puedo pedirlo a otra sucursal. ¿Le parece bien?" agrees to an offer', said('tienen el libro La casa de los espíritus', 'Está en el catálogo, tilden.example.org/catalogo, pero prestado. Puedo pedirlo a otra sucursal. ¿Le parece bien?'), some({ complete: 'fail' })),
  c('S9 against: "Podemos mandarle el libro a su sucursal. ¿Le parece viable?" is an offer', said('tienen el libro Cien años de soledad', 'Está en el catálogo, tilden.example.org/catalogo. Podemos mandarle el libro a su sucursal. ¿Le parece viable?'), some({ complete: 'fail' })),
  c('S9 against: "Se lo aparto en la sucursal central. ¿Le parece factible?" is an offer without "puedo"', said('tienen el libro Pedro Páramo', 'Está en el catálogo, tilden.example.org/catalogo. Se lo aparto en la sucursal central. ¿Le parece factible?'), some({ complete: 'fail' })),
  c('S9 against: "¿Le parece factible venir el sábado?" before anything was given', asked('necesito ayuda con mi currículum', '¿Le parece factible venir el sábado?', 'sí', 'El taller de currículum es en tilden.example.org/talleres.'), some({ complete: 'fail' })),
];

export const s22: SessionCase[] = [
  // ---- S22 for
  c('S22 for: "Puede presentar una queja ante la Comisión de Derechos Civiles del estado, 410-555-0155."', said('me discriminaron en el trabajo', 'Guarde fechas y nombres. Puede presentar una queja ante la Comisión de Derechos Civiles del estado, 410-555-0155.'), some({ referral: 'pass' })),
  c('S22 for: "Usted puede demandar a su casero en la corte de reclamos menores." (no contact)', said('mi casero no me devuelve el depósito', 'La ley del depósito está en tilden.example.org/depositos. Usted puede demandar a su casero en la corte de reclamos menores.'), some({ referral: 'fail' })),
  c('S22 for: "Radique su reclamo ante el Departamento de Trabajo: trabajo.example.gov/reclamos."', said('no me pagaron las horas extra', 'Tiene dos años para reclamar. Radique su reclamo ante el Departamento de Trabajo: trabajo.example.gov/reclamos.'), some({ referral: 'pass' })),
  c('S22 for: "puede demandar en la corte del condado" (no contact)', said('el mecánico no arregló mi carro y no devuelve el dinero', 'Guarde los recibos. Si no le devuelve el dinero, puede demandar en la corte del condado.'), some({ referral: 'fail' })),
  // ---- S22 against
  c('S22 against: "Si hubo un corte de luz, la compañía publica los avisos …" (an outage, no party)', said('se fue la luz y perdí la comida', 'Si hubo un corte de luz, la compañía publica los avisos en luz.example.com.'), some({ referral: 'na' })),
  c('S22 against: "Su casero primero tiene que radicar el caso en la corte" is another\'s filing', said('me pueden sacar sin aviso', 'No. Su casero primero tiene que radicar el caso en la corte; la guía está en tilden.example.org/desalojo.'), some({ referral: 'na' })),
  c('S22 against: "La corte de reclamos menores tiene una guía en …" is a page', said('cómo funciona la corte de reclamos menores', 'La corte de reclamos menores tiene una guía en cortes.example.gov/guia.'), some({ referral: 'na' })),
  c('S22 against: "Puede presentar el formulario en la página del condado" is a page to use', said('cómo pido el permiso de estacionamiento', 'Puede presentar el formulario en la página del condado. La dirección es condado.example.gov/permisos.'), some({ referral: 'na' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
};

describe('fifty-ninth round: block S checked blind, both ways', () => {
  for (const [t, cs] of [['S1', s1], ['S2', s2], ['S3', s3], ['S4', s4], ['S9', s9], ['S22', s22]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
