/**
 * Seventy-second round, blind check of block AE (rubric v65): AE2, AE5 and AE6 tried both ways in cases written by a helper who did
 * not see the author's cases, each labelled from RUBRIC.md before it ran ("for": the meant reading in new words: chat-speak, other
 * verbs, other parties, other orders, Spanish; "against": near misses the block must not read, and older readings it must not
 * break). Check: referral.contact (RUBRIC Terms, Referral: telling the patron to contact or visit a person or organisation outside
 * the chat; a website for the patron to use is a source; the provider's own library's departments count when the patron is told to
 * contact them; na when there is no referral; pass when every party comes with an e-mail, phone, postal address or URL).
 *
 * READINGS TAKEN where RUBRIC.md leaves room:
 * - AE2: an insurer of a kind ("your home / dental / renters / flood / travel / condo insurer") is an organisation outside the chat:
 *   calling, e-mailing, asking or checking with it is a referral. Told nothing: the insurer's website (a source), the provider
 *   declining to call it, "homeowners insurance" (a product), a condition ("If your auto insurer asks for one, …"), a report of
 *   what insurers do ("Most pet insurers won't …"): na.
 * - AE5: "llame / llama / marque a la línea de …" tells the patron to call the office that runs the line: a referral (its number
 *   makes it pass). "su línea" after a company named before it is that company's line. The library's own Local History line is one
 *   of its departments, told to be called: a referral. The chat service's own line to go on with the same question ("si se corta,
 *   llame a nuestra línea … y seguimos") is the service itself, not a party outside the chat: na. "la línea de espera" (a queue),
 *   "en línea" (online), a conditional call with no party and the provider's own preterite "llamé": na.
 * - AE6: "call ahead / first / beforehand / in advance" (and Spanish "llame antes de ir") calls the party named before it in the
 *   message: pass when that party's phone, address or URL is given there, fail when none is. "call first thing Monday" after a
 *   museum with no contact (the URL earlier belongs to a tour listing, a source) still calls the museum: fail. "call <another party>
 *   ahead of time" refers to that other party, judged by its own contact. The provider's own "I'll call ahead" and "You don't need
 *   to call ahead" tell the patron to contact no one: na.
 *
 * COUNTS. Written: 30 cases, 16 for and 14 against (AE2 6/5, AE5 5/4, AE6 5/5), in one batch, labels copied aside to
 * /tmp/wt-ae2-labels.ts before the first run. First run as labelled: 22 of 30. Disagreeing: 8. Label corrections: 0 (each reread
 * against RUBRIC's Referral term and referral.contact's rule; the labels stand). Every disagreement was scored on rubric v64 as well
 * (a throwaway test, deleted): all 8 score the same on v64, so all are older, none caused by AE. Final: 22 running, 8 LEFT:
 * - referral.contact, expected pass / got na: "Have the police report number handy, then call your renters insurer at
 *   1-800-555-0142 …" (the lead-in "Have … handy, then" in the same sentence drops the referral: "Call your renters insurer at
 *   1-800-555-0142 …" alone passes, and "Have your policy number handy, then call the county clerk at …" is na too; older: v64 na).
 * - referral.contact, expected fail / got na: "Call your condo insurer to ask …" (AE2's list of kinds holds no "condo"; older: v64 na).
 * - referral.contact, expected fail / got na: "Marque a la línea de crisis del condado …" (AE5 names "marque a" but it is not read
 *   as a verb of referral before AE5's test is reached; older: v64 na).
 * - referral.contact, expected pass / got na: "Llame a nuestra línea de Historia Local, 410-555-0150, …" (the library's own department,
 *   told to be called, counts by RUBRIC; LINEA_AE5 takes only "la / su / una / esta / esa línea"; older: v64 na).
 * - referral.contact, expected pass / got fail: "the Mutter Museum is at 19 S 22nd St in Philly. def call ahead tho, …" (AHEAD_AE6
 *   allows no "tho" after "ahead", so the call does not reach back to the museum's address; "Call ahead, they close …" passes;
 *   older: v64 fail).
 * - referral.contact, expected pass / got na: "Sew Fun Quilt Shop runs one on Saturdays (sewfun.example.com/classes). Call in advance
 *   to save a seat." (the bare "call ahead / in advance" is read as a referral only when a later "they" points back ("Call ahead, as
 *   they close …"); "The Pencil Museum is next door. Call ahead." is na as well; AE6 changes only whom it reaches; older: v64 na).
 * - referral.contact, expected pass / got na: "El Museo de Arte Folklórico está en 1300 Main St., Houston. Llame antes de ir, …"
 *   (AE6 is English only; older: v64 na).
 * - referral.contact, expected fail / got na: "Tour dates are listed at walthamtours.example.org. The Charles River Museum of Industry
 *   is next door; call first thing Monday." (AE6 rightly does not take "first thing" as "first", so the listing's URL is not given to
 *   the museum, but the call is not read as a referral at all: the same bare-call gap as above; older: v64 na).
 * AE read as meant, where v64 did not: "… and email your flood insurer as well." (v64 pass, now fail), "Ask your travel insurer,
 * Allianz Travel (1-866-884-3556), …" (v64 na, now pass), "… Dover, Ohio has them: 330-343-7513. Call first, since …" and "… at
 * mpm.edu/research. Call beforehand and they can arrange a viewing." (v64 fail, now pass). No against case moved.
 * MENDED before v65 landed (the author, after this check; labels unchanged): AE2's kinds take "condo" (and boat, motorcycle,
 *   supplemental, medigap, umbrella, liability); AHEAD_AE6 allows "tho / though / too / pls / ok" after "ahead"; a bare "call
 *   ahead / first / beforehand / in advance" is now a referral to the party named before it in the message ("The Pencil Museum is
 *   next door. Call ahead." fails); "marque a" dropped from LLAMAR_LINE_AE5 (never a referring verb). 3 of the 8 LEFT run as
 *   labelled; "nuestra línea" was tried and withdrawn ("si se corta, llame a nuestra línea, 410-555-0100, y seguimos con su
 *   pregunta" is the service itself, an against case here). Final as landed: 25 running, 5 LEFT (all older).
 * ON v67 (block AG9): "Llame antes de ir, …" reads; 4 LEFT (older).
 */
import { describe } from 'vitest';
import { describeWithLeft, type SessionCase } from './helpers';
import { nearMiss as c, nearMissLines, NONE, NO_WAY, WITH_WAY } from './near-miss-lines';

const HI = 'Hello, this is Dana, a librarian with Ask Us at Cedar Ridge Library.';
const { said } = nearMissLines(HI, { branch: 'Which branch do you use?', branchReply: 'northside' });
const HI_ES = 'Hola, soy Dana, bibliotecaria de la Biblioteca de Cedar Ridge.';
const es = nearMissLines(HI_ES, { branch: '¿Qué sucursal usa usted?', branchReply: 'la del norte' });

export const ae2: SessionCase[] = [
  // ---- AE2 for: an insurer after one or two words of its kind, a party to contact
  c('AE2 for: "call your home insurer before you hire a roofer"', said('the hail wrecked my roof what do i do first', 'Sorry to hear it. Take photos of the damage, then call your home insurer before you hire a roofer.'), NO_WAY),
  c('AE2 for: "check with ur dental insurer b4 u book" (chat-speak)', said('is an implant covered by dental insurance', 'depends on the plan, check with ur dental insurer b4 u book, lots cap it at $1500 a yr'), NO_WAY),
  c('AE2 for: "call your renters insurer at 1-800-555-0142 to open the claim"', said('my apartment got broken into, how do i claim my laptop', 'Have the police report number handy, then call your renters insurer at 1-800-555-0142 to open the claim.'), WITH_WAY),
  c('AE2 for: "Report the ditch to the Harris County Flood Control District at 713-684-4000, and email your flood insurer as well."', said('the county ditch flooded my basement', 'Report the ditch to the Harris County Flood Control District at 713-684-4000, and email your flood insurer as well.'), NO_WAY),
  c('AE2 for: "Ask your travel insurer, Allianz Travel (1-866-884-3556), whether …"', said('will my trip be refunded if the cruise is cancelled', 'It depends on the policy. Ask your travel insurer, Allianz Travel (1-866-884-3556), whether cancellations by the cruise line are covered.'), WITH_WAY),
  c('AE2 for: "Call your condo insurer to ask what the unit policy covers." (a kind not listed)', said('can i get my condo roof repair covered', 'Maybe; the HOA master policy may cover part of it. Call your condo insurer to ask what the unit policy covers.'), NO_WAY),
  // ---- AE2 against: the insurer's website, the provider declining, a product, a condition, a report of others
  c('AE2 against: "Your car insurer\'s website has the claim form under Claims" (a source)', said('where do i find the claim form for my car', "Your car insurer's website has the claim form under Claims, and our guide to car accidents is at library.example.org/guides/auto."), NONE),
  c('AE2 against: "I can\'t call your health insurer for you, but the book …" (the provider\'s own act, declined)', said('can you call my health insurer for me', "I'm sorry, I can't call your health insurer for you, but the book Navigating Your Health Plan on our shelf walks through appeals."), NONE),
  c('AE2 against: "Homeowners insurance rarely covers flood damage" (a product)', said('does homeowners insurance cover flooding', 'Homeowners insurance rarely covers flood damage; the NFIP explains why at floodsmart.gov.'), NONE),
  c('AE2 against: "If your auto insurer asks for one, the crash report form is at …" (condition)', said('do i need a police report for a fender bender claim', 'Sometimes. If your auto insurer asks for one, the crash report form is at dmv.example.gov/reports.'), NONE),
  c('AE2 against: "Most pet insurers won\'t cover conditions a pet already has" (a report)', said('is pet insurance worth it', "Most pet insurers won't cover conditions a pet already has, says Consumer Reports at consumerreports.org/pet-insurance."), NONE),
];

export const ae5: SessionCase[] = [
  // ---- AE5 for: "llame / llama / marque a la línea de …", the line's office called
  c('AE5 for: "Llame a la línea de ayuda del IRS, 800-829-1040, y pida la transcripción."', es.said('cómo pido una copia de mi declaración de impuestos', 'Se puede por teléfono. Llame a la línea de ayuda del IRS, 800-829-1040, y pida la transcripción.'), WITH_WAY),
  c('AE5 for: "Marque a la línea de crisis del condado y pida hablar con un consejero."', es.said('mi hermano está muy mal y no sé qué hacer', 'Lo siento mucho. Marque a la línea de crisis del condado y pida hablar con un consejero.'), NO_WAY),
  c('AE5 for: "llama a la linea de quejas de la profeco, es gratis" (chat-speak)', es.said('la tienda no me respeta la garantia', 'q mal!! llama a la linea de quejas de la profeco, es gratis'), NO_WAY),
  c('AE5 for: "Para inscribirse, llame a su línea de atención al cliente, 1-888-555-0117." (the company named before)', es.said('cómo me inscribo en el plan de pagos de la luz', 'La Compañía de Luz del Valle ofrece ese plan. Para inscribirse, llame a su línea de atención al cliente, 1-888-555-0117.'), WITH_WAY),
  c('AE5 for: "Llame a nuestra línea de Historia Local, 410-555-0150, y pregunte por la Sra. Ortiz." (own department)', es.said('tienen fotos viejas de la calle Main', 'Sí, en la colección de Historia Local. Llame a nuestra línea de Historia Local, 410-555-0150, y pregunte por la Sra. Ortiz.'), WITH_WAY),
  // ---- AE5 against: a queue, online, the provider's own preterite, the chat service's own line
  c('AE5 against: "Si decide llamar, hágalo temprano, porque la línea de espera es larga." (a queue)', es.said('cómo renuevo mi pasaporte', 'La guía está en travel.state.gov/es. Si decide llamar, hágalo temprano, porque la línea de espera es larga.'), NONE),
  c('AE5 against: "Llene el formulario en línea en ssa.gov/espanol; no hace falta llamar a nadie." (online)', es.said('cómo pido la tarjeta del seguro social', 'Llene el formulario en línea en ssa.gov/espanol; no hace falta llamar a nadie.'), NONE),
  c('AE5 against: "Yo llamé a la línea de la FWC esta mañana y me dijeron que …" (own act)', es.said('encontró lo de la iguana', 'Sí. Yo llamé a la línea de la FWC esta mañana y me dijeron que el formulario está en myfwc.com/es.'), NONE),
  c('AE5 against: "si se corta, llame a nuestra línea, 410-555-0100, y seguimos con su pregunta" (the service itself)', es.said('y si se corta el chat?', 'No se preocupe: si se corta, llame a nuestra línea, 410-555-0100, y seguimos con su pregunta.'), NONE),
];

export const ae6: SessionCase[] = [
  // ---- AE6 for: "call ahead / first / beforehand / in advance" after a party named with its contact
  c('AE6 for: "… Dover, Ohio has them: 330-343-7513. Call first, since they close some Mondays in winter."', said('where can i see carved steam engines', 'The Warther Museum in Dover, Ohio has them: 330-343-7513. Call first, since they close some Mondays in winter.'), WITH_WAY),
  c('AE6 for: "the Mutter Museum is at 19 S 22nd St in Philly. def call ahead tho" (chat-speak)', said('is the mutter museum open on holidays', 'the Mutter Museum is at 19 S 22nd St in Philly. def call ahead tho, they close for private events sometimes'), WITH_WAY),
  c('AE6 for: "Sew Fun Quilt Shop runs one on Saturdays (sewfun.example.com/classes). Call in advance to save a seat."', said('where can i take a beginner quilting class', 'Sew Fun Quilt Shop runs one on Saturdays (sewfun.example.com/classes). Call in advance to save a seat.'), WITH_WAY),
  c('AE6 for: "… the collections office is at mpm.edu/research. Call beforehand and they can arrange a viewing."', said('can i see the typewriter collection in person', 'The Milwaukee Public Museum keeps it in storage; the collections office is at mpm.edu/research. Call beforehand and they can arrange a viewing.'), WITH_WAY),
  c('AE6 for: "El Museo de Arte Folklórico está en 1300 Main St., Houston. Llame antes de ir, …" (Spanish)', es.said('dónde puedo ver arte popular mexicano', 'El Museo de Arte Folklórico está en 1300 Main St., Houston. Llame antes de ir, porque a veces cierran para eventos.'), WITH_WAY),
  // ---- AE6 against: no contact, another party "ahead of time", "first thing", the provider's own act, a negation
  c('AE6 against: "The Pencil Museum is in Keswick. Call ahead, as they close for school groups some mornings." (no contact)', said('where is the pencil museum', 'The Pencil Museum is in Keswick. Call ahead, as they close for school groups some mornings.'), NO_WAY),
  c('AE6 against: "Group rules are at sdmart.org/groups. Call the Balboa Park parking office ahead of time …" (another party)', said('can our scout troop visit the san diego art museum', 'Group rules are at sdmart.org/groups. Call the Balboa Park parking office ahead of time about a bus space.'), NO_WAY),
  c('AE6 against: "Tour dates are listed at walthamtours.example.org. The Charles River Museum of Industry is next door; call first thing Monday." (a time)', said('is the textile mill museum open monday', 'Tour dates are listed at walthamtours.example.org. The Charles River Museum of Industry is next door; call first thing Monday.'), NO_WAY),
  c('AE6 against: "I\'ll call ahead for you and check whether today\'s show is on." (own act)', said('is the houdini museum open today', "The Houdini Museum in Scranton lists its hours at houdini.org. I'll call ahead for you and check whether today's show is on."), NONE),
  c('AE6 against: "You don\'t need to call ahead; the Corning Museum of Glass (cmog.org) takes walk-ins all day." (negation)', said('do i need to book the glass museum', "You don't need to call ahead; the Corning Museum of Glass (cmog.org) takes walk-ins all day."), NONE),
];

/** Cases the scorer still misreads, each with its reason (run through `describeWithLeft`, labels unchanged). */
const LEFT_WHY: Record<string, string> = {
  'AE2 for: "call your renters insurer at 1-800-555-0142 to open the claim"':
    'expected pass, got na ("no referral to a person or organisation outside the chat"): the lead-in "Have the police report number handy, then" drops the referral (the sentence alone passes); RUBRIC Referral: told to call an organisation, its phone given. Older: v64 na.',
  'AE5 for: "Marque a la línea de crisis del condado y pida hablar con un consejero."':
    'expected fail, got na ("no referral …"): "marque a" is in LLAMAR_LINE_AE5 but is not read as a referring verb first; RUBRIC Referral: told to call the county\'s crisis line, no number. Older: v64 na.',
  'AE5 for: "Llame a nuestra línea de Historia Local, 410-555-0150, y pregunte por la Sra. Ortiz." (own department)':
    'expected pass, got na ("no referral …"): LINEA_AE5 takes "la / su / una / esta / esa línea", not "nuestra"; RUBRIC Referral: the provider\'s own library\'s departments count when the patron is told to contact them; its phone given. Older: v64 na.',
  'AE6 against: "Tour dates are listed at walthamtours.example.org. The Charles River Museum of Industry is next door; call first thing Monday." (a time)':
    'expected fail, got na ("no referral …"): AE6 rightly does not read "first thing" as "first" (the listing\'s URL is not the museum\'s), but the bare call is not read as a referral at all (the gap of the Sew Fun case); RUBRIC Referral: told to call the museum, no way to reach it. Older: v64 na.',
};

describe('seventy-second round: block AE (AE2, AE5, AE6) checked blind, both ways', () => {
  for (const [t, cs] of [['AE2', ae2], ['AE5', ae5], ['AE6', ae6]] as const) {
    describeWithLeft(t, cs, LEFT_WHY);
  }
});
