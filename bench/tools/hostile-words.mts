// Times v34 and v35 on 20 KB messages made of the words v35's new regexps and phrase changes read (and symbols beyond Latin-1) (each seed repeated,
// with and without a transfer event, also as the survey comment). usage: node --import tsx bench/tools/hostile-words.mts
// With SIZE set, times one rubric (env RUBRIC, default v35) on messages of SIZE characters instead:
// SIZE=200000 RUBRIC=rubricV34 node --import tsx bench/tools/hostile-words.mts
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
  'The VIN can tell you. ', 'Your P60 can help with that. ', 'I checked whether the SBA can help. ', 'The DDC can def help ', 'THE ABC THE DEF THE GHI ',
  'Informed Delivery Service can help. I will sign you up. ', 'can help small business owners like you are ', 'in the same boat as you ', 'El folleto y la oficina del condado le pueden informar. ',
  'Clear skies! ', 'need the forecast for sat night pls. Clear skies! ', 'hit up the club president about league loaner scopes ', 'the text moves to 214-216 ', 'text HOME to 741741 ',
  'need to go, so let me send you these titles first ', 'end of my shift and need to go ',
  'bring a leaf to the plant clinic ', 'take a soil sample to the extension office ', 'Ask the Master Gardeners at the market table. ', 'Check with zoning before you build. ',
  'call your loan servicer ', 'Try the College Board\'s BigFuture scholarship search at bigfuture.collegeboard.org. ', "I'll dig around and send you a few more. What's your e-mail? ", 'send you send you ',
  'Is it the site metrodailywire.com? ', 'Is this the article at baltimoresun.com/news/a/b you meant? ', 'write to Special Collections, who hold many of the negatives ', ', which is part of ',
  'Does that put your mind at ease? ', 'put your mind at ease ', 'contact an ABAA member bookseller ', 'ask at a good antiques shop or auction house ', 'appraiser dealer numismatist philatelist ',
  'consulte a un tasador certificado ', 'lleve la moneda a un comerciante de monedas ', 'consulte a partir de la página 45 ', 'Lleve la moneda a la biblioteca ',
  "Peterson's Test and Career Prep ", 'Testing & Education Reference Center ', 'nabp.pharmacy/programs/fpgec ', 'visit safe.pharmacy ', 'at work.Pharmacy ',
  '😊 ', 'thanks 👍🏽 thats it ', '❤️✓™€ ', 'ß ', 'hey its kim from the eastside library 😊 ',
];
if (process.env.SIZE) {
  const SIZE = Number(process.env.SIZE);
  const rep2 = (s: string) => { let o = ''; while (o.length < SIZE) o += s; return o.slice(0, SIZE); };
  const which = (R as any)[process.env.RUBRIC ?? 'rubricV35'];
  time(which, 'hi there', false);
  const out: [number, string][] = [];
  for (const s of seeds) out.push([time(which, rep2(s), false), s]);
  out.sort((a, b) => b[0] - a[0]);
  for (const [t, s] of out.slice(0, 8)) console.log(which.version, t.toFixed(0), 'ms', JSON.stringify(s));
} else {
  for (const r of [R.rubricV34, R.rubricV35]) time(r, 'hi there, thanks for waiting. is that what you needed? bye', false);
  const rows: [number, number, string][] = [];
  for (const s of seeds) for (const tr of [false, true]) {
    const msg = rep(s);
    const a = Math.min(time(R.rubricV34, msg, tr), time(R.rubricV34, msg, tr));
    const b = Math.min(time(R.rubricV35, msg, tr), time(R.rubricV35, msg, tr));
    rows.push([b, a, `${JSON.stringify(s)}${tr ? ' +transfer' : ''}`]);
  }
  rows.sort((x, y) => y[0] - x[0]);
  for (const [b, a, s] of rows.slice(0, 15)) console.log(`v35 ${b.toFixed(1)} ms  v34 ${a.toFixed(1)} ms  ${s}`);
  console.log('most slowed by v35:');
  for (const [b, a, s] of [...rows].sort((x, y) => (y[0] - y[1]) - (x[0] - x[1])).slice(0, 5)) console.log(`v35 ${b.toFixed(1)} ms  v34 ${a.toFixed(1)} ms  ${s}`);
}
