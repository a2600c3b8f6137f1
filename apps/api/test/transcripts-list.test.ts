import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, transcript, type TestApp } from './helpers';

let t: TestApp;
const ids: Record<string, number> = {};

/** Ten sessions over ten days, two libraries, two providers, one with a missing code. */
beforeAll(async () => {
  t = await testApp();
  const items = Array.from({ length: 10 }, (_, i) => {
    const day = String(i + 1).padStart(2, '0');
    const base = transcript();
    return transcript({
      externalId: `s${i}`,
      library: i % 2 === 0 ? 'BCPL' : 'EPFL',
      provider: { id: i < 5 ? 'jsmith' : 'blee', name: i < 5 ? 'Jane Smith' : 'Bob Lee' },
      startedAt: `2026-03-${day}T14:05:10-05:00`,
      endedAt: `2026-03-${day}T14:12:00-05:00`,
      resolutionCode: i === 3 ? null : 'Answered',
      survey: i === 5 ? { rating: 1, comment: 'not helpful' } : null,
      messages: base.messages.map((m, j) => ({
        ...m,
        at: m.at.replace('2026-03-02', `2026-03-${day}`),
        text: j === 0 ? (i === 7 ? 'Where can I find the Maryland driver handbook?' : `Question number ${i} about beekeeping`) : m.text,
      })),
    });
  });
  const res = await t.app.inject({ method: 'POST', url: '/api/transcripts', payload: { transcripts: items }, headers: t.auth });
  for (const r of res.json().results) ids[r.externalId] = r.id;
});
afterAll(async () => {
  await t.app.close();
});

async function list(query: string) {
  const res = await t.app.inject({ url: `/api/transcripts?${query}`, headers: t.auth });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: { externalId: string; library: string; provider: { id: string }; value: number | null; flagged: boolean; resolutionCode: string | null; snippet?: string }[]; nextCursor: string | null };
}
const names = (r: Awaited<ReturnType<typeof list>>) => r.items.map((i) => i.externalId);

describe('GET /api/transcripts', () => {
  it('lists newest first with scores and flags', async () => {
    const r = await list('');
    expect(names(r)).toEqual(['s9', 's8', 's7', 's6', 's5', 's4', 's3', 's2', 's1', 's0']);
    expect(r.items[0]).toMatchObject({ library: 'EPFL', provider: { id: 'blee', name: 'Bob Lee' }, startedAt: '2026-03-10T14:05:10-05:00' });
    expect(r.items[0]!.value).toBeTypeOf('number');
  });

  it('filters by library, provider, date range and resolution code', async () => {
    expect(names(await list('library=BCPL'))).toEqual(['s8', 's6', 's4', 's2', 's0']);
    expect(names(await list('provider=blee&library=EPFL'))).toEqual(['s9', 's7', 's5']);
    expect(names(await list(`from=${encodeURIComponent('2026-03-03T00:00:00-05:00')}&to=${encodeURIComponent('2026-03-05T00:00:00-05:00')}`))).toEqual(['s3', 's2']);
    expect(names(await list('code=Answered')).includes('s3')).toBe(false);
  });

  it('filters by failing check, flagged and score range', async () => {
    expect(names(await list('check=resolution.code'))).toEqual(['s3']);
    const all = await list('');
    const flagged = await list('flagged=true');
    expect(names(flagged)).toContain('s5');
    expect(names(flagged)).toEqual(all.items.filter((i) => i.flagged).map((i) => i.externalId));
    expect(names(await list('flagged=false'))).toEqual(all.items.filter((i) => !i.flagged).map((i) => i.externalId));
    const s3 = all.items.find((i) => i.externalId === 's3')!;
    const others = all.items.filter((i) => i.externalId !== 's3');
    expect(s3.value!).toBeLessThan(others[0]!.value!);
    expect(names(await list(`maxScore=${s3.value}`))).toEqual(['s3']);
    expect(names(await list(`minScore=${s3.value! + 0.1}`))).not.toContain('s3');
  });

  it('filters by flag code', async () => {
    expect(names(await list('flag=low_rating'))).toEqual(['s5']);
    expect(names(await list('flag=critical_fail'))).toEqual([]);
    const bad = await t.app.inject({ url: '/api/transcripts?flag=sad', headers: t.auth });
    expect(bad.json().errors[0]).toEqual({ path: 'flag', message: expect.stringMatching(/low_rating/) });
  });

  it('lists the libraries and providers seen', async () => {
    const libs = (await t.app.inject({ url: '/api/libraries', headers: t.auth })).json();
    expect(libs.items.map((l: { code: string }) => l.code)).toEqual(['BCPL', 'EPFL']);
    const provs = (await t.app.inject({ url: '/api/providers', headers: t.auth })).json();
    expect(provs.items.map((p: { id: string }) => p.id)).toEqual(['blee', 'jsmith']);
  });

  it('searches the message text and returns a snippet', async () => {
    const r = await list('q=driver%20handbook');
    expect(names(r)).toEqual(['s7']);
    expect(r.items[0]!.snippet).toMatch(/driver handbook/);
    expect(names(await list('q=numb'))).toHaveLength(9);
    expect(names(await list('q=%22number%204%22'))).toEqual(['s4']);
    expect(names(await list('q=zebra'))).toEqual([]);
  });

  it('pages with a cursor without losing or repeating a session, in both sorts', async () => {
    for (const sort of ['-date', 'date', 'score', '-score']) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const r: Awaited<ReturnType<typeof list>> = await list(`limit=3&sort=${sort}${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...names(r));
        cursor = r.nextCursor;
      } while (cursor);
      expect(seen.sort()).toEqual(Object.keys(ids).sort());
    }
    const byScore = await list('sort=score&limit=1');
    expect(names(byScore)).toEqual(['s3']);
  });

  it('explains a bad filter', async () => {
    const res = await t.app.inject({ url: '/api/transcripts?check=no.such&limit=1000&from=yesterday', headers: t.auth });
    expect(res.statusCode).toBe(400);
    const paths = res.json().errors.map((e: { path: string }) => e.path).sort();
    expect(paths).toEqual(['check', 'from', 'limit']);
    const cursor = await t.app.inject({ url: '/api/transcripts?cursor=garbage', headers: t.auth });
    expect(cursor.statusCode).toBe(400);
    expect(cursor.json().code).toBe('invalid_cursor');
  });

  it('returns one session with its transcript and score', async () => {
    const res = await t.app.inject({ url: `/api/transcripts/${ids.s7}`, headers: t.auth });
    const s = res.json();
    expect(s).toMatchObject({ id: ids.s7, externalId: 's7', library: 'EPFL', source: 'test' });
    expect(s.messages[0].text).toMatch(/driver handbook/);
    expect(s.score.checks).toHaveLength(17);
  });
});
