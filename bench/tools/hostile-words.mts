// Times v40 and v41 on 20 KB messages made of the words v40's and v41's new regexps and phrase changes read (and symbols beyond Latin-1) (each seed repeated,
// with and without a transfer event, also as the survey comment). usage: node --import tsx bench/tools/hostile-words.mts
// With SIZE set, times one rubric (env RUBRIC, default v41) on messages of SIZE characters instead:
// SIZE=200000 RUBRIC=rubricV40 node --import tsx bench/tools/hostile-words.mts
import * as R from '../../packages/scoring/src/rubric';
import { scoreSession } from '../../packages/scoring/src/index';
const now = Date.parse('2026-12-01T00:00:00Z');
function time(rubric: any, msg: string, transfer: boolean): number {
  const messages: any[] = [
    { at: '2026-03-02T10:00:00Z', role: 'patron', text: msg },
    { at: '2026-03-02T10:00:30Z', role: 'provider', text: msg, authorId: 'p' },
    { at: '2026-03-02T10:01:00Z', role: 'provider', text: msg, authorId: 'p' },
    { at: '2026-03-02T10:02:00Z', role: 'patron', text: msg },
  ];
  if (transfer) messages.push({ at: '2026-03-02T10:03:00Z', role: 'system', text: 'transferred', event: 'transfer', to: 'q' });
  const t = { externalId: 'h', source: 'hostile', library: 'X', provider: { id: 'p', name: 'P', library: 'X' }, patron: { name: null, email: null, phone: null }, startedAt: '2026-03-02T10:00:00Z', endedAt: '2026-03-02T10:10:00Z', resolutionCode: 'Answered', survey: { rating: 3, comment: msg }, messages };
  const t0 = performance.now();
  scoreSession(t as any, { now, rubric });
  return performance.now() - t0;
}
const rep = (s: string) => { let o = ''; while (o.length < 20000) o += s; return o.slice(0, 20000); };
const seeds = [
  // E3: v35's G1-G4 widenings narrowed
  "Go to the Master Gardeners' planting calendar at extension.umd.edu. ", "an auction house's past sales at liveauctioneers.com ", "a philatelist's YouTube channel ",
  "consult The Numismatist, the ANA's monthly magazine ", 'Does all that put your mind at ease? ', 'i also called the office. Does that put your mind at ease? ',
  "I'll send you a short survey about this chat. Which email app do you use? ", 'Do you mean allsides.com? ', 'write to the reprint desk, who run the Sun\'s reprint desk ',
  // E4: v35's G5 and E1 narrowed
  'a B.Pharmacy/M.Pharmacy from India ', 'on Monday.Pharmacy, ', 'go to nabp.pharmacy ', 'revise safe.pharmacy. ', "SSG Peterson's Test and Career Prep nights ",
  'pop into the Testing & Education Reference Center ', 'The IMEI can tell you. Type it into the site. ', 'The ACS can help, they run a program ', 'la SBA le puede ayudar, ellos tienen asesores ',
  'Credit Monitoring Service can help. Turn it on in your bank\'s app. ', 'The DDC can help, they fund ',
  // G7: nonprofits and grants
  'Tax Exempt Organization Search ', 'EO Select Check ', 'ProPublica Nonprofit Explorer ', "You've asked a lot of questions and I can't go through all of them. ",
  'book a free advisor through the SBDC at ', 'schedule a mentor with SCORE ',
  // G6: AI tools
  'Was it a recorded call to your landline or your cell? ', 'Has the caller rung your cell again since then? ', "It's up to your instructor, so check with them. ",
  'The format is at apastyle.apa.org/style. Your professor decides, so ask her. ',
  // G8: getting places
  'Call the county travel trainer ', 'can get you set up for ', 'can set you up with ', 'Ms. Lee, can ride the route with you ', 'your travel trainer will call you within a week ',
  'the Maryland Bicycle Map ', 'The Big Red Bus Route Trail Map ', 'Map Map Map Bike ',
  // v37 E5: E3, E4 and G7 narrowed
  'my son told me to check with the library. Does that set your mind at rest? ', 'send you the survey results I find ', 'Tax Exempt Org Search ',
  'u asked so many questions n i cant answer them all sry ', 'Ha hecho muchas preguntas y no puedo responderlas todas. ', 'book a free advisor session through the SBDC ',
  'Your HOA can tell you, it requires approval for any new fence ',
  // v37 E6: G6 and G8 narrowed
  'the London Tube Map ', 'Grab the Capital Crescent Trail Map. We have run out of it. ', 'are they calling ur cell or ur landline ', 'can hook u up w a travel trainer ',
  'can get her signed up for ', 'le puede inscribir ', 'the dispatcher will ring you, and I shall e-mail you ', 'Visit mva.maryland.gov. The MVA can help, so ask them. ',
  // v37 G9: utilities
  'Call BGE ', 'Pepco will call you ', 'OHEP will mail you ', 'Llame a Pepco ', 'Contact WSSC; apply for the program at wsscwater.com/apply ', 'the Pepco outage map ',
  // v37 G10: the library building
  'Ask the notary to stamp each page ', 'notary services at ', 'Pregunte por el notario ', "That's not my job. ", 'no es mi problema ',
  // v37 G11: neighbourhood problems
  'Call 311 ', 'ring the council on 311 ', 'at 311 Main St ', 'Animal Services can pick up the stray ', 'Public Works can send a crew out ', 'which street are you on? ',
  'ya just call 311 lol ', 'an inspector will contact you within 48 hours ', 'el inspector le llamara ', 'report it to MC311 ', 'Ask your HOA ',
  // v37 E7, E8: G9-G11 and E6 narrowed
  "BGE's billing department will call you, and our outreach librarian will call you Friday ", 'not my job lol. bye ', "That's not my job anymore since the move, but ",
  'Contact Washington Gas, and sign up at washgas.com/assist ', 'hop on 311 ', 'they are at 311 on the third floor ', 'the HOA handbook ',
  'the Baltimore Street Map Exhibit ', 'our homebound team can pick up the books ', 'are u still there ', 'yes call the county ',
  // v38 E9-E11, G12-G14: narrowings, courts, health, Spanish
  'Your union rep or the employee handbook can tell you ', 'at 311 Hale Hall ', "our county's crew will call you ", 'not my job, however the desk at 410-555-0101 can help ',
  'not my job tho, call someone else. bye ', 'however nicely you put it ', 'are you still here ', 'wsscwater.com ', 'Legal Aid can represent you ',
  'Maryland Code, Real Property § 8-211 ', 'COMAR 10.09.24 ', 'Maryland Judiciary Case Search ', "She shouldn't stop taking it without talking to her doctor ",
  'marque al 988 ', '¿Me permite unos minutos? ', 'la conexión se cayó ', 'Esta es la última pregunta que le puedo contestar hoy ', 'llámenos al 410-555-1212 ',
  // v39 E12-E16, G15, G16: narrowings of v38's and v39's own changes, scams, backup staff
  'Cal. Civ. Code § 1942 ', 'va code 55.1-1220 ', 'the PACER test ', "The library's tech clinic will email you by Thursday ", 'it usually goes well ',
  "don't sign without talking to a lawyer ", 'see a tax preparer ', 'Call your internet provider ', 'háblele al 988 ', 'Aetna will mail you ',
  "We're shutting in 5 anyway ", 'de todos modos ya vamos a cerrar ', 'Pregúntele a su casero, y llámenos al 410-555-1212 ', 'comuníquese con nosotros al 410-555-1212 ',
  'no le puedo contestar más preguntas ', 'lo checo ', 'se le cayó la conexión ', 'Le van a llamar del consulado ', 'you still here lol ', '311 W. Saratoga St. ',
  'then who? ', 'Report the $800 to your bank at 1-800-555-0199 ', 'the fraud department will ring you ', '42 Pa.C.S. § 5524 ',
  'Mass. Gen. Laws ch. 186 § 15B ', '4 other chats going rn so cant do more ', 'tengo varios chats abiertos, así que no puedo seguir ',
  'se la reenvío a su biblioteca y ellos se comunicarán con usted ', 'Sam from the 24/7 backup service ',
  // v40 E19-E23, G17-G20: narrowings, accessibility, workers' rights, openings, the provider's typos
  'no me importa decirle que busque en otro lado ', 'ya que esta es la última pregunta que le puedo contestar ', 'lo checo el lunes ',
  'Le escribirán de la Agencia Tributaria ', 'la portera del edificio ', 'you still here in the country ', 'Hable con su casero. Si no le contesta, llámenos al 410-555-1212. ',
  'el departamento de Circulación ', 'then where? ', 'google.com/search?q=passport ', '43 P.S. § 250.302 ', 'M.G.L. c. 186 § 15B ', 'Wis. Stat. ch. 704 ',
  'chapter 83 of Florida Statutes ', 'the PE class PACER ', 'give you a ring ', 'te la paso al departamento de historia local ',
  'Still typing? ', "I can't wait any longer ", 'Call Maryland Relay at 711 ', 'TTY: 410-555-0100 ', 'the talk with ', 'the EEOC will mail you ',
  'Md. Code, Lab. & Empl. § 3-505 ', "I have other patrons, so I'm done ", 'you have the right to ', 'Legal Aid can find you a lawyer ',
  'Sam from the 24/7 backup service ', 'Kim w/ Ask Us backup ', 'Hello from the Ask Us team! ', 'Marta del servicio de respaldo ', 'Printing at the help desk ',
  'thnaks for waiting, one momnet ', 'is thre anything esle? ', 'good mornign, wlecome to Ask Us ', 'I will get back to yuo ', 'have a goof day ', 'come bcak anytime ',
  // v41 E24-E30, G21, G22: narrowings, slips, timing, services abroad
  'good mronign ', 'let me lok ', 'anythign ealse? ', 'are you stil thre? ', 'cherrs ', 'by Firday ', 'too mnay questions ', 'grasias ',
  'we wre going to close ', 'Homework at the teen desk ', "can't wait any longer, mate ", 'State Fin. & Proc. § 13-101 ', 'Health-Gen. § 4-301 ',
  'oficina de accesibilidad del condado le llamará ', "that's the last one I can take ", 'Last question for today ', '¡Que disfrutes la peli! ',
  'google.co.uk/search?q=x ', "the children's room ", 'del museo ', 'wait please ', 'Un instante, por favor ', 'Let me see if I understand ',
  'perdimos la conexión ', 'HMRC will write to you ', 'ring NHS 111 ', 'Ring Centrelink on 13 11 14 ', 'Papers Past ', 'Kindly wait ',
  'wait a bit pls, I ', 'aguárdeme tantito ', 'se nos fue la señal ', 'looks like the connection dropped ', 'call 000 ',
  'Ring Centrelink (132 850) ', 'DigitalNZ ', 'let me have a lok ', 'Still thre? ', 'giv them a cal ', 'on Firday ',
  "can't wait any longer, sweetie ", 'N.Y. Parks, Rec. & Hist. Preserv. Law § 14.09 ', 'Md. Ann. Code art. 27, § 36B ', 'ecosia.org/search?q=x ',
  'at the state archives ', 'Esta es la última que le puedo responder ',
  'Better wait a bit, I think ', 'Kindly wait while the page loads ', 'estuvo caída un ratito ', 'the line was cut in the storm ', 'Canadiana has ',
  'Medicare is 132 011; ring them ', 'Self checkin now ', 'take CRE. ', 'Hope your mum enjoys the book! ', 'last question I can answer with this book ',
  'startpage.com/sp/search?query=x ', 'at the Courthouse Square branch ',
  // v35's and symbols
  'The VIN can tell you. ', 'Informed Delivery Service can help. I will sign you up. ', 'consulte a un tasador certificado ', 'visit safe.pharmacy ',
  '😊 ', 'thanks 👍🏽 thats it ', '❤️✓™€ ', 'ß ', 'hey its kim from the eastside library 😊 ',
];
if (process.env.SIZE) {
  const SIZE = Number(process.env.SIZE);
  const rep2 = (s: string) => { let o = ''; while (o.length < SIZE) o += s; return o.slice(0, SIZE); };
  const which = (R as any)[process.env.RUBRIC ?? 'rubricV41'];
  time(which, 'hi there', false);
  const out: [number, string][] = [];
  for (const s of seeds) out.push([time(which, rep2(s), false), s]);
  out.sort((a, b) => b[0] - a[0]);
  for (const [t, s] of out.slice(0, 8)) console.log(which.version, t.toFixed(0), 'ms', JSON.stringify(s));
} else {
  for (const r of [R.rubricV40, R.rubricV41]) time(r, 'hi there, thanks for waiting. is that what you needed? bye', false);
  const rows: [number, number, string][] = [];
  for (const s of seeds) for (const tr of [false, true]) {
    const msg = rep(s);
    const a = Math.min(time(R.rubricV40, msg, tr), time(R.rubricV40, msg, tr));
    const b = Math.min(time(R.rubricV41, msg, tr), time(R.rubricV41, msg, tr));
    rows.push([b, a, `${JSON.stringify(s)}${tr ? ' +transfer' : ''}`]);
  }
  rows.sort((x, y) => y[0] - x[0]);
  for (const [b, a, s] of rows.slice(0, 15)) console.log(`v41 ${b.toFixed(1)} ms  v40 ${a.toFixed(1)} ms  ${s}`);
  console.log('most slowed by v41:');
  for (const [b, a, s] of [...rows].sort((x, y) => (y[0] - y[1]) - (x[0] - x[1])).slice(0, 5)) console.log(`v41 ${b.toFixed(1)} ms  v40 ${a.toFixed(1)} ms  ${s}`);
}
