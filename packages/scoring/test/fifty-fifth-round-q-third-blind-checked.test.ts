/**
 * Fifty-fifth round, third blind check: block Q's mends (rubric v51) tried both ways in cases the author never saw, written and
 * labelled from RUBRIC.md before they ran (a copy of the labels was set aside before the first run). About half "for" (the meant
 * behaviour in other words) and half "against" (near misses the block must not read, and older readings it must not break).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - Q1: "sweet thats it ty", "sounds good, that's it for me", "got it 👍 that's it" say on the patron's own that they are done; a
 *   question ("gotcha. that's it? nothing to sign?") or words naming the thing found ("cool that's it, that's the edition my mom
 *   had", "awesome that's it exactly") do not.
 * - Q2, Q10: "Does WorldCat get you what you're looking for?", "do these pics match what ur seeing?" ask whether what was given
 *   meets the need; a person ("Did Coach Rivera answer your question?"), an earlier use ("… last time?") or something not yet
 *   given ("Would a photo of the seedpods match …?") do not; a statement ("These photos match what you described.") asks nothing.
 * - Q4-Q6, Q8, Q17: trying a charity or a mosque, applying with an agency, taking papers to an agency, "y'all gonna need to call …",
 *   Spanish "llévelo a la presidencia municipal", "denuncie … ante la fiscalía" tell the patron to contact or visit a party (Terms,
 *   Referral); a charity's store or site, a church's rummage sale, a bus ridden to an agency, "when you take it to …", staff
 *   submitting papers, the provider's own past report are not referrals.
 * - Q5: "Take the number 7 to the VA" gives directions for a trip the patron already plans; not itself telling them to visit.
 * - Q9: "Avenida Insurgentes Sur 1605", "Carrera 7 # 32-16", "Calle 72 No. 10-34", "C.P. 64000" with the street are postal
 *   addresses; "la calle Madero desde las 9", "la avenida Central 10 minutos al norte" are not.
 * - Q15: an agency's interview call ("they'll call you to set up an interview", "… for a quick phone interview") is no promise of
 *   the library's (followup.on_time na); "our coach will call you about your interview practice by Thursday" is one.
 * - Q18: the application's URL is the form's, not the school office's.
 *
 * COUNTS. Written: 56 (8 Q1, 11 Q2/Q10, 16 Q4-Q6, 21 Q8-Q18). First run as labelled: 50. Disagreeing: 6. Label corrections: 0.
 * Final: 50 running, 6 LEFT (all older: rubricV50 scores each the same; none caused by block Q):
 * - completeness, pass/fail, "Does WorldCat get you what you're looking for?" (the contraction "you're looking for"): older.
 * - completeness, pass/fail, "would Libby give u what u need?" (no "Would <name> get/give you …" is read): older.
 * - completeness, pass/fail, "do these pics match what ur seeing?" ("pics" not a Q10 noun): older.
 * - referral.contact, pass/na, "Escriba al registro civil, Calle Hidalgo s/n, C.P. 64000" ("escriba a" not a referral): older.
 * - followup.contact/on_time, na,na/fail,pending, "they'll email you to set up an interview" (Q15 reaches "call" only): older.
 * - followup.contact/on_time, na,na/fail,pending, "they'll call you … for a quick phone interview" (two words before
 *   "interview"): older.
 *
 * AFTER THE MENDS (the author's, labels unchanged): 5 of the 6 LEFT run ("what you're looking for", "pics", "Escriba al registro
 * civil" (Q8's verbs with "escriba"), Q15 on "e-mail you" and two words before "interview"). 1 stays LEFT, older: "would Libby
 * give u what u need?" ("Would …?" opens an offer's question, read before Q2). 55 running, 1 LEFT.
 */
import { describe } from 'vitest';
import { describeWithLeft, type Line, some, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines } from './near-miss-lines';

const HI = 'Hello! Priya here, a librarian with Ask Maple Valley.';
const { said } = nearMissLines(HI, { branch: 'Is this for you or someone else?', branchReply: 'for me' });

/** The patron's `q`, a greeting with a question, the provider's `answer` (it asks no "anything else?"), the patron's `reply`, goodbye. */
const finished = (q: string, answer: string, reply: string): Line[] => [
  [0, 'p', q],
  [18, 'l', `${HI} Is this for you or someone else?`],
  [45, 'p', 'for me'],
  [65, 'l', answer],
  [100, 'p', reply],
  [108, 'l', 'Take care, goodbye!'],
];

const PHONE_ANSWER = 'The repair guide for that model is at maplevalleylib.example.org/fixit. Does that help?';

export const q1: SessionCase[] = [
  c('Q1 for: "sweet thats it ty"', finished('how do i fix a stuck phone screen', PHONE_ANSWER, 'sweet thats it ty'), some({ anything: 'pass' })),
  c('Q1 for: "sounds good, that\'s it for me"', finished('how do i fix a stuck phone screen', PHONE_ANSWER, "sounds good, that's it for me"), some({ anything: 'pass' })),
  c('Q1 for: "got it 👍 that\'s it"', finished('how do i fix a stuck phone screen', PHONE_ANSWER, "got it 👍 that's it"), some({ anything: 'pass' })),
  c('Q1 for: "Nice! That\'s it, thank you so much"', finished('how do i fix a stuck phone screen', PHONE_ANSWER, "Nice! That's it, thank you so much"), some({ anything: 'pass' })),
  c('Q1 against: "gotcha. that\'s it? nothing to sign?" (asks)', finished('how do i get a museum pass', 'Museum passes are reserved at maplevalleylib.example.org/passes. Does that help?', "gotcha. that's it? nothing to sign?"), some({ anything: 'fail' })),
  c('Q1 against: "cool that\'s it, that\'s the edition my mom had" (the thing found)', finished('old cookbook with a red cover, 1970s', 'Could it be the Betty Crocker Cookbook, 1969 edition? Record: maplevalleylib.example.org/cat/88120. Is that it?', "cool that's it, that's the edition my mom had"), some({ anything: 'fail' })),
  c('Q1 against: "awesome that\'s it exactly"', finished('song about a yellow boat, kids', 'Maybe "The Yellow Boat" picture book? Record: maplevalleylib.example.org/cat/4410. Is that the one?', "awesome that's it exactly"), some({ anything: 'fail' })),
  c('Q1 against: "yes!! that\'s it" (older: bare yes stays unread)', finished('song about a yellow boat, kids', 'Maybe "The Yellow Boat" picture book? Record: maplevalleylib.example.org/cat/4410. Is that the one?', "yes!! that's it"), some({ anything: 'fail' })),
];

export const q2q10: SessionCase[] = [
  c('Q2 for: "Does WorldCat get you what you\'re looking for?"', said('need a copy of an out of print novel', 'WorldCat shows which libraries own it: worldcat.org. Does WorldCat get you what you\'re looking for?'), some({ complete: 'pass' })),
  c('Q2 for: "would Libby give u what u need?"', said('audiobooks for a road trip', 'Libby has our audiobooks, free with your card: libbyapp.com. would Libby give u what u need?'), some({ complete: 'pass' })),
  c('Q2 for: "Does Consumer Reports answer your question?"', said('which dishwasher is most reliable', 'Consumer Reports rates dishwashers by reliability; read it free at maplevalleylib.example.org/cr. Does Consumer Reports answer your question?'), some({ complete: 'pass' })),
  c('Q2 against: "Did Coach Rivera answer your question?" (a person)', said('rules for youth soccer offside', 'The league rulebook is at mvyouthsoccer.example.org/rules. Did Coach Rivera answer your question?'), some({ complete: 'fail' })),
  c('Q2 against: "Does Hoopla give you what you needed when you tried it?" (earlier)', said('any free movies', 'Kanopy streams films free with your card: maplevalley.kanopy.com. Does Hoopla give you what you needed when you tried it?'), some({ complete: 'fail' })),
  c('Q2 against: "Did Grandma answer your question?"', said('grandma recipe for pierogi dough', 'A classic dough recipe is in "Polish Cookery", record maplevalleylib.example.org/cat/2291. Did Grandma answer your question?'), some({ complete: 'fail' })),
  c('Q10 for: "do these pics match what ur seeing?"', said('white spots on my squash leaves', 'Sounds like powdery mildew, pics at extension.example.edu/mildew. do these pics match what ur seeing?'), some({ complete: 'pass' })),
  c('Q10 for: "Does the pattern match your quilt block?"', said('name of a quilt block with stars and squares', 'It may be the Ohio Star; see quiltindex.example.org/ohiostar. Does the pattern match your quilt block?'), some({ complete: 'pass' })),
  c('Q10 for: "Do those match the leaves you found?"', said('tree with star shaped leaves', 'Sweetgum has star-shaped leaves: arborday.example.org/sweetgum. Do those match the leaves you found?'), some({ complete: 'pass' })),
  c('Q10 against: "These photos match what you described." (no question)', said('black and yellow spider in my garden', 'It is likely a garden orb weaver; these photos at extension.example.edu/orbweaver match what you described.'), some({ complete: 'fail' })),
  c('Q10 against: "Would a photo of the seedpods match what you\'re seeing?" (not given yet)', said('what is this vine with purple flowers', 'I am still thinking about it. Would a photo of the seedpods match what you\'re seeing? The vine guide is at extension.example.edu/vines.'), some({ complete: 'fail' })),
];

export const q4q6: SessionCase[] = [
  c('Q4 for: "Might try a nearby synagogue too" (no contact)', said('need help paying rent this month', 'The county rent relief page is mvcounty.example.gov/rent. Might try a nearby synagogue too, many have small funds.'), some({ referral: 'fail' })),
  c('Q4 for: "apply with hud" (no contact)', said('section 8 waitlist', 'The waitlist rules are at mvhousing.example.gov/list. You can also apply with hud directly for some programs.'), some({ referral: 'fail' })),
  c('Q4 for: "Call the VA at 1-800-827-1000."', said('my dad needs a hearing aid, hes a veteran', 'The benefits overview is at va.gov/health-care. Call the VA at 1-800-827-1000.'), some({ referral: 'pass' })),
  c('Q4 for: "could try Catholic Charities" (no contact)', said('need a crib for my baby', 'The baby pantry list is at mvfamilies.example.org/pantry. Could try Catholic Charities as well.'), some({ referral: 'fail' })),
  c('Q4 against: "Red Cross at 1-800-733-2767 …; your local Red Cross chapter can also help" (the same party)', said('house fire last night, where do we go', 'Call the Red Cross at 1-800-733-2767 tonight; your local Red Cross chapter can also help with a hotel.'), some({ referral: 'pass' })),
  c('Q4 against: "try a church rummage sale" (no party)', said('cheap winter coats for kids', 'The coat drive list is at mvcounty.example.gov/coats. You might also try a church rummage sale this fall.'), some({ referral: 'na' })),
  c('Q4 against: "Goodwill\'s website lists job classes" (a source)', said('free job training', 'Goodwill\'s website lists free job classes: goodwillmv.example.org/careers.'), some({ referral: 'na' })),
  c('Q4 against: "The SBA can help small businesses" (older: no referral)', said('loan for my bakery', 'the sba can help small businesses; the loan guide is at sba.gov/funding-programs.'), some({ referral: 'na' })),
  c('Q5 for: "Submit the form and your birth certificate to USCIS" (no contact)', said('green card replacement', 'The I-90 is at uscis.gov/i-90. Submit the form and your birth certificate to USCIS.'), some({ referral: 'fail' })),
  c('Q5 for: "take ur denial letter to the VA" (no contact)', said('my disability claim got denied', 'The appeals guide is at va.gov/decision-reviews. take ur denial letter to the VA and ask about a higher-level review'), some({ referral: 'fail' })),
  c('Q5 against: "Take the number 7 to the VA" (a route)', said('how do i get to the va clinic by bus', 'The bus map is at mvtransit.example.org. Take the number 7 to the VA, it stops at the door.'), some({ referral: 'na' })),
  c('Q5 against: "When you take it to the IRS, keep a copy" (a time)', said('do i keep a copy of my return', 'The record-keeping rules are at irs.gov/records. When you take it to the IRS, keep a copy for yourself.'), some({ referral: 'na' })),
  c('Q5 against: "our staff can submit it to FEMA for you" (staff act)', said('can someone help me fill out fema stuff', 'The form is at disasterassistance.gov; once it is filled in, our staff can submit it to FEMA for you.'), some({ referral: 'na' })),
  c('Q6 for: "y\'all gonna need to call the housing authority" (no contact)', said('landlord wont fix heat', 'The tenant rights guide is at mvhousing.example.gov/tenants. y\'all gonna need to call the housing authority about it'), some({ referral: 'fail' })),
  c('Q6 for: "u r supposed to email the registrar at registrar@…"', said('how do i get my transcript', 'The steps are at mvcc.example.edu/records. u r supposed to email the registrar at registrar@mvcc.example.edu'), some({ referral: 'pass' })),
  c('Q6 against: "you\'re going to have to download the app" (a source)', said('how do i read ebooks', 'you\'re going to have to download the Libby app from libbyapp.com first.'), some({ referral: 'na' })),
];

export const q8q18: SessionCase[] = [
  c('Q8 for: "Llévelo a la presidencia municipal." (no contact)', said('donde tramito el permiso de construccion', 'Los requisitos están en mvmunicipio.example.gob.mx/permisos. Llévelo a la presidencia municipal.'), some({ referral: 'fail' })),
  c('Q8 for: "Acuda a la notaría más cercana" (no contact)', said('necesito un poder notarial', 'La guía está en tramites.example.gob.mx/poder. Acuda a la notaría más cercana con su identificación.'), some({ referral: 'fail' })),
  c('Q8 against: "La tesorería publica las tarifas en …" (a source)', said('cuanto cuesta el predial', 'La tesorería publica las tarifas en mvmunicipio.example.gob.mx/predial.'), some({ referral: 'na' })),
  c('Q9 for: "Visite el consulado en Avenida Insurgentes Sur 1605, Ciudad de México."', said('necesito renovar mi pasaporte', 'Los requisitos están en sre.example.gob.mx/pasaporte. Visite la oficina de pasaportes en Avenida Insurgentes Sur 1605, Ciudad de México.'), some({ referral: 'pass' })),
  c('Q9 for: "Vaya a la oficina en Carrera 7 # 32-16, Bogotá"', said('como saco el certificado en colombia', 'El trámite está en registraduria.example.gov.co. Vaya a la oficina de la Registraduría en Carrera 7 # 32-16, Bogotá.'), some({ referral: 'pass' })),
  c('Q9 for: "Escriba al registro civil, Calle Hidalgo s/n, C.P. 64000"', said('acta de nacimiento por correo', 'El formato está en registro.example.gob.mx/acta. Escriba al registro civil, Calle Hidalgo s/n, C.P. 64000, Monterrey.'), some({ referral: 'pass' })),
  c('Q9 against: "la oficina de la calle Madero desde las 9" (an hour)', said('donde pago el agua', 'Las tarifas están en agua.example.gob.mx. Vaya a la oficina de la calle Madero desde las 9 de la mañana.'), some({ referral: 'fail' })),
  c('Q9 against: "la avenida Central 10 minutos al norte" (a time)', said('donde pago el agua', 'Las tarifas están en agua.example.gob.mx. Vaya a la oficina de la avenida Central 10 minutos al norte del parque.'), some({ referral: 'fail' })),
  c('Q14 for: "… at ag.example.gov, and with his local consumer affairs office too" (no contact)', said('my dad got ripped off by a roofer', 'File a complaint with the attorney general at ag.example.gov, and with his local consumer affairs office too.'), some({ referral: 'fail' })),
  c('Q14 for: "… at 555-0190, and any legal aid office if you can" (no contact)', said('eviction notice help', 'Call the tenant hotline at 555-0190, and any legal aid office if you can.'), some({ referral: 'fail' })),
  c('Q14 against: "… at 555-0100, and their caseworkers explain the steps" (a clause)', said('how do i get food stamps', 'Call the county social services office at 555-0100, and their caseworkers explain the steps.'), some({ referral: 'pass' })),
  c('Q15 against: "they\'ll email you to set up an interview" (the agency\'s step)', said('i applied for a job at the county', 'The county job board is at mvcounty.example.gov/jobs. If you are picked, they\'ll email you to set up an interview.'), some({ contact: 'na', onTime: 'na' })),
  c('Q15 against: "they\'ll call you in a few days for a quick phone interview"', said('how long does snap take', 'The steps are at benefits.example.gov/snap. After you apply, they\'ll call you in a few days for a quick phone interview.'), some({ contact: 'na', onTime: 'na' })),
  c('Q15 for: "our coach will call you about your interview practice by Thursday" (a promise)', said('help getting ready for a job interview', 'Interview tips are at maplevalleylib.example.org/jobs. I passed your name to our career coach; she\'ll call you about your interview practice by Thursday.'), some({ onTime: 'pending' })),
  c('Q17 for: "Puede denunciar el fraude ante la fiscalía" (no contact)', said('me robaron la identidad', 'La guía está en robodeidentidad.example.gov. Puede denunciar el fraude ante la fiscalía de su estado.'), some({ referral: 'fail' })),
  c('Q17 for: "Denuncie la llamada a la FTC en reportefraude.ftc.gov"', said('me llamaron diciendo que eran del seguro social', 'Es una estafa. Denuncie la llamada a la FTC en reportefraude.ftc.gov.'), some({ referral: 'pass' })),
  c('Q17 against: "Le reporté el error a la tesorería ayer" (the provider\'s own)', said('mi recibo sale mal', 'Le reporté el error a la tesorería ayer, como me pidió; su recibo nuevo estará en mvmunicipio.example.gob.mx/recibos.'), some({ referral: 'na' })),
  c('Q17 against: "Es importante reportar el cambio a tiempo" (a time)', said('me mude, que hago con mis beneficios', 'Es importante reportar el cambio de domicilio a tiempo; el formulario está en beneficios.example.gov/cambio.'), some({ referral: 'na' })),
  c('Q18 for: "The application is at <URL>. Take it to the school office." (no contact)', said('free lunch for my kids', 'The application is at mvschools.example.org/meals. Take it to the school office.'), some({ referral: 'fail' })),
  c('Q18 for: "La solicitud está en <URL>. Llévela a la secretaría de la escuela."', said('beca para mi hijo', 'La solicitud está en mvschools.example.org/becas. Llévela a la secretaría de la escuela.'), some({ referral: 'fail' })),
  c('Q18 against: "… Take it to the school office, 300 Oak Ave, Maple Valley." (an address)', said('free lunch for my kids', 'The application is at mvschools.example.org/meals. Take it to the school office, 300 Oak Ave, Maple Valley, OH 44120.'), some({ referral: 'pass' })),
];

/** Cases the scorer still misreads, each with its reason (run through `describeLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'Q2 for: "would Libby give u what u need?"':
    'followup.completeness pass expected, fail got: Libby was given in the same message, so the question asks whether it meets the need; every "Would <name> get / give you what you need?" stays unread ("Does Libby give you …" passes), an older guard on "would … what you need" seems to win over Q2\'s "would". Older: v50 the same (fail).',
};

describe('fifty-fifth round: block Q, third blind check', () => {
  for (const [t, cs] of [['Q1', q1], ['Q2, Q10', q2q10], ['Q4 to Q6', q4q6], ['Q8 to Q18', q8q18]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
