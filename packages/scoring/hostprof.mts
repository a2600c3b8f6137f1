import * as R from './src/rubric';
import { scoreSession } from './src/index';
const now = Date.parse('2026-12-01T00:00:00Z');
const seed = 'Call the Jessup visiting office at 410-555-0100. ';
let msg = ''; while (msg.length < 200000) msg += seed; msg = msg.slice(0, 200000);
const messages: any[] = [
  { at: '2026-03-02T10:00:00Z', role: 'patron', text: msg },
  { at: '2026-03-02T10:00:30Z', role: 'provider', text: msg, authorId: 'p' },
  { at: '2026-03-02T10:01:00Z', role: 'provider', text: msg, authorId: 'p' },
  { at: '2026-03-02T10:02:00Z', role: 'patron', text: msg },
];
const t = { externalId: 'h', source: 'hostile', library: 'X', provider: { id: 'p', name: 'P', library: 'X' }, patron: { name: null, email: null, phone: null }, startedAt: '2026-03-02T10:00:00Z', endedAt: '2026-03-02T10:10:00Z', resolutionCode: 'Answered', survey: null, messages };
const t0 = performance.now(); scoreSession(t as any, { now, rubric: R.rubricV33 }); console.log((performance.now() - t0).toFixed(0), 'ms');
