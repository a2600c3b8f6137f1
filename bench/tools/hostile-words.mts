// Times v33 and v34 on 20 KB messages made of the words v34's new regexps and phrase changes read (each seed repeated,
// with and without a transfer event, also as the survey comment). usage: node --import tsx bench/tools/hostile-words.mts
// With SIZE set, times one rubric (env RUBRIC, default v34) on messages of SIZE characters instead:
// SIZE=200000 RUBRIC=rubricV33 node --import tsx bench/tools/hostile-words.mts
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
  'Is the address we have on file the same as the one for your phone? ', 'one for your phone or account ', '14 down, longest river in Africa? that the one? ', 'that the one? ',
  'womenslaw.org/familylaw, or talk to a family law attorney. ', 'ssa.gov/survivors, or call Social Security. ', 'a.gov/b/c/d/e/f/g, or call the ',
  'Helps? ', 'That help? ', 'Is that the kind you mean? ', 'is that the recipe you remembered ', '¿Es la receta que usted recordaba? ', 'This is answering your question? ',
  'Hope this is sufficient? ', 'I hope these links are enough? ', 'Are you happy with those results? ', 'I can put it on hold for you. Happy with that? ', 'happy with satisfied with content with ',
  'ask the photographer directly for permission ', 'request written permission from Special Collections at lib.org/sc ', 'get permission from ', 'permission from a parent ',
  'Start at patents.google.com, then make an appointment with our PTRC librarian. ', 'Start at a.com, then ', 'start search look try check browse, then ',
  'You may want to call a licensed plumber. ', 'a licensed local plumber electrician roofer contractor handyman mechanic ', 'have an independent mechanic inspect it ', 'have a look at ',
  'También puede llamar a CASA, que ayuda a inquilinos, al 301-431-4185. ', 'llamar a CASA, que ', 'Llame a La Casa De Todos Los Que ', 'y nosotros seguimos al 301-555-0100 ',
  'you can ask OGIS to mediate ', 'the custodian of police records ', 'pídalo en la oficina del Registro Civil ', 'hand-deliver your request to the Register of Wills ', 'deliver the form to ',
  'The SBA can help with that. ', 'Your local SBDC can help you there. ', 'The SBA The SBA The SBA ', 'The Taxpayer Advocate Service can sort that out. ', 'Service Service Service ',
  'ur registrar can def help w that ', 'el consulado no le puede ayudar ', 'La guía del Contralor le puede ayudar. ', 'can help small businesses in many ways ',
  'Call the clerk; the docket is on Case Search at casesearch.courts.state.md.us. ', '; the docket is on ', ', the form is at a.gov ',
  'The parcel viewer is at gis.samplecounty.gov; the planning department can tell you about setbacks. ', 'The zabihah.com directory lists halal stores. Ask at the halal butcher. ',
  'The a.com directory lists ',
];
if (process.env.SIZE) {
  const SIZE = Number(process.env.SIZE);
  const rep2 = (s: string) => { let o = ''; while (o.length < SIZE) o += s; return o.slice(0, SIZE); };
  const which = (R as any)[process.env.RUBRIC ?? 'rubricV34'];
  time(which, 'hi there', false);
  const out: [number, string][] = [];
  for (const s of seeds) out.push([time(which, rep2(s), false), s]);
  out.sort((a, b) => b[0] - a[0]);
  for (const [t, s] of out.slice(0, 8)) console.log(which.version, t.toFixed(0), 'ms', JSON.stringify(s));
} else {
  for (const r of [R.rubricV33, R.rubricV34]) time(r, 'hi there, thanks for waiting. is that what you needed? bye', false);
  const rows: [number, number, string][] = [];
  for (const s of seeds) for (const tr of [false, true]) {
    const msg = rep(s);
    const a = Math.min(time(R.rubricV33, msg, tr), time(R.rubricV33, msg, tr));
    const b = Math.min(time(R.rubricV34, msg, tr), time(R.rubricV34, msg, tr));
    rows.push([b, a, `${JSON.stringify(s)}${tr ? ' +transfer' : ''}`]);
  }
  rows.sort((x, y) => y[0] - x[0]);
  for (const [b, a, s] of rows.slice(0, 15)) console.log(`v34 ${b.toFixed(1)} ms  v33 ${a.toFixed(1)} ms  ${s}`);
  console.log('most slowed by v34:');
  for (const [b, a, s] of [...rows].sort((x, y) => (y[0] - y[1]) - (x[0] - x[1])).slice(0, 5)) console.log(`v34 ${b.toFixed(1)} ms  v33 ${a.toFixed(1)} ms  ${s}`);
}
