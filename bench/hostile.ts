/**
 * Inputs built to make a scorer slow: a 100 KB message, text that invites regexp backtracking, text full
 * of quote marks and apostrophes, long sentences full of referral verbs, messages of 200 KB full of referrals with phone numbers, and a session of 5,000 messages. `npm run bench` times them (`scoring.hostileWorstMs`, target ≤ 2,000 ms
 * each); `packages/scoring/test/robustness.test.ts` checks that each still gets a valid score. The
 * timing lives here, not in the tests (the machines are noisy).
 */
import type { Message, Transcript } from '@askqa/contract';

const T0 = Date.parse('2026-03-02T15:00:00Z');
const at = (s: number) => new Date(T0 + s * 1000).toISOString();

function session(id: string, lines: [number, 'p' | 'l', string][]): Transcript {
  const messages: Message[] = lines.map(([s, who, text]) =>
    who === 'p' ? { at: at(s), role: 'patron', text } : { at: at(s), role: 'provider', text, authorId: 'jo', author: 'Jo Smith' },
  );
  return {
    externalId: id,
    source: 'bench',
    library: 'TST',
    provider: { id: 'jo', name: 'Jo Smith', library: 'TST' },
    patron: { name: null, email: null, phone: null },
    startedAt: at(0),
    endedAt: at((lines[lines.length - 1]?.[0] ?? 0) + 5),
    resolutionCode: 'Answered',
    followUps: [],
    messages,
  };
}

const OPEN: [number, 'p' | 'l', string][] = [
  [0, 'p', 'hi, do you have anything on the history of my town?'],
  [20, 'l', "Hello! I'm Jo, a librarian at Sample County Library."],
];

export function hostileTranscripts(): { name: string; transcript: Transcript }[] {
  const big = 'lorem ipsum dolor sit amet, see https://example.org/page and call 410-555-0100. '.repeat(1300);
  return [
    {
      name: 'messages of 100 KB',
      transcript: session('hostile-big', [...OPEN, [30, 'p', big], [40, 'l', big], [50, 'l', 'a.'.repeat(50_000)], [60, 'p', 'x'.repeat(100_000)]]),
    },
    {
      name: 'regexp-hostile text',
      transcript: session('hostile-regexp', [...OPEN, [30, 'l', `${'a'.repeat(30_000)}@`], [40, 'l', '1-'.repeat(20_000)], [50, 'l', `${'so you '.repeat(5000)}?`], [60, 'p', '.'.repeat(40_000)]]),
    },
    {
      // (v26) single quotes read as quotation marks: straight apostrophes that may open and pass over one another, quoted
      // questions by the thousand, curly quotes, inch marks
      name: 'quote-hostile text',
      transcript: session('hostile-quotes', [
        ...OPEN,
        [30, 'l', "'Is it this one?' ".repeat(6_000)],
        [40, 'p', "'a ".repeat(33_000)],
        [45, 'l', '\u2018a '.repeat(33_000)],
        [50, 'l', `Thanks for your patience! ${"'a ".repeat(33_000)}`],
        [60, 'l', `Thanks! ${'6\'2" '.repeat(20_000)}`],
      ]),
    },
    {
      // (v27's reread) a long sentence with a referral verb every few words: v26 read the whole sentence before each verb
      // (1.1 s for this session); a sign-on followed by a run of spaces that does not end the text (v19's ending)
      name: 'referral-hostile text',
      transcript: session('hostile-referral', [
        ...OPEN,
        [30, 'p', 'who do i call about my water bill'],
        [40, 'l', 'Library desk end quadratic on run of spaces that does not end the text is '.repeat(270)],
        [45, 'l', 'desk end text is '.repeat(1_150)],
        [50, 'l', 'call '.repeat(4_000)],
        [55, 'l', `Hi - Jan, Toledo Library${' '.repeat(19_000)}x`],
        [60, 'l', `For that, please call the County Clerk at 410-555-0100. ${'you can text them '.repeat(1_000)}`],
      ]),
    },
    {
      // (v33's round) messages of 200 KB, the most a message may hold, of referrals with a phone number, the patron's
      // messages as long: every contact was looked for in every patron message's digits, taken again each time (3.5 s)
      name: 'contact-hostile text',
      transcript: session('hostile-contacts', [
        ...OPEN,
        [30, 'p', 'Call the Jessup visiting office at 410-555-0100. '.repeat(4_000)],
        [40, 'l', 'Call the Jessup visiting office at 410-555-0100. '.repeat(4_000)],
        [50, 'l', 'ok so call the Jessup visiting office at 410-555-0199 '.repeat(3_600)],
        [60, 'p', 'Call the Jessup visiting office at 410-555-0100. '.repeat(4_000)],
      ]),
    },
    {
      name: '5,000 messages',
      transcript: session(
        'hostile-long',
        Array.from({ length: 5000 }, (_, i): [number, 'p' | 'l', string] => [i * 5, i % 2 ? 'l' : 'p', i % 2 ? 'Let me check on that.' : 'still there?']),
      ),
    },
  ];
}
