import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHECK_IDS } from '@askqa/contract';
import { testApp, transcript, type TestApp } from './helpers';

let t: TestApp;
beforeEach(async () => {
  t = await testApp();
});
afterEach(async () => {
  await t.app.close();
});

const post = (payload: unknown, headers: Record<string, string> = t.auth) =>
  t.app.inject({ method: 'POST', url: '/api/transcripts', payload: payload as object, headers });

describe('POST /api/transcripts', () => {
  it('stores and scores one transcript, answering with every check of the rubric', async () => {
    const res = await post(transcript());
    expect(res.statusCode).toBe(200);
    const [r] = res.json().results;
    expect(r.status).toBe('created');
    expect(r.id).toBeTypeOf('number');
    expect(r.score.checks.map((c: { id: string }) => c.id)).toEqual([...CHECK_IDS]);
    expect(r.score.rubricVersion).toBeTruthy();
  });

  it('rejects an invalid item with every error as {path, message} and stores the valid ones around it', async () => {
    const bad = transcript({ externalId: 'bad' }) as Record<string, unknown>;
    delete bad.library;
    (bad.messages as { at: string }[])[1]!.at = '2026-03-02 14:05:31';
    const res = await post({ transcripts: [transcript({ externalId: 'a' }), bad, 42, transcript({ externalId: 'c' })] });
    expect(res.statusCode).toBe(200);
    const results = res.json().results;
    expect(results.map((r: { status: string }) => r.status)).toEqual(['created', 'rejected', 'rejected', 'created']);
    expect(results[1].externalId).toBe('bad');
    expect(results[1].errors).toEqual(
      expect.arrayContaining([
        { path: 'library', message: expect.stringMatching(/required/) },
        { path: 'messages[1].at', message: expect.stringMatching(/offset/) },
      ]),
    );
    expect(results[2].errors[0].message).toMatch(/object/);
    const list = await t.app.inject({ url: '/api/transcripts', headers: t.auth });
    expect(list.json().items.map((i: { externalId: string }) => i.externalId).sort()).toEqual(['a', 'c']);
  });

  it('rejects a time without an offset, saying where', async () => {
    const res = await post(transcript({ startedAt: '2026-03-02T14:05:10' }));
    const [r] = res.json().results;
    expect(r.status).toBe('rejected');
    expect(r.errors).toContainEqual({ path: 'startedAt', message: expect.stringMatching(/offset/) });
  });

  it('accepts empty messages only for a Lost Call', async () => {
    const res = await post({ transcripts: [transcript({ externalId: 'x', messages: [] }), transcript({ externalId: 'y', messages: [], resolutionCode: 'Lost Call' })] });
    const [x, y] = res.json().results;
    expect(x.status).toBe('rejected');
    expect(x.errors).toContainEqual({ path: 'messages', message: expect.stringMatching(/Lost Call/) });
    expect(y.status).toBe('created');
  });

  it('treats (source, externalId) as the identity: identical resend is unchanged, a changed one replaces', async () => {
    const first = (await post(transcript())).json().results[0];
    const again = (await post(transcript())).json().results[0];
    expect(again).toMatchObject({ status: 'unchanged', id: first.id });
    expect(again.score).toEqual(first.score);
    const changed = transcript({ resolutionCode: '' });
    const upd = (await post(changed)).json().results[0];
    expect(upd).toMatchObject({ status: 'updated', id: first.id });
    expect(upd.score.checks.find((c: { id: string }) => c.id === 'resolution.code').status).toBe('fail');
    const other = (await post(transcript({ source: 'othersystem' }))).json().results[0];
    expect(other.status).toBe('created');
    expect(other.id).not.toBe(first.id);
    const stored = (await t.app.inject({ url: `/api/transcripts/${first.id}`, headers: t.auth })).json();
    expect(stored.resolutionCode).toBe('');
  });

  it('accepts a bare array as a batch', async () => {
    const res = await post([transcript({ externalId: 'a' }), transcript({ externalId: 'b' })]);
    expect(res.json().results.map((r: { status: string }) => r.status)).toEqual(['created', 'created']);
  });

  it('answers 400 with a clear message to a body that is not JSON or not of the right shape', async () => {
    const notJson = await t.app.inject({ method: 'POST', url: '/api/transcripts', payload: '{"externalId": ', headers: { ...t.auth, 'content-type': 'application/json' } });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json()).toEqual({ code: 'invalid_json', message: expect.stringMatching(/not valid JSON/) });
    const text = await t.app.inject({ method: 'POST', url: '/api/transcripts', payload: 'hello', headers: { ...t.auth, 'content-type': 'text/plain' } });
    expect(text.statusCode).toBe(400);
    expect(text.json().message).toMatch(/transcript object/);
    const xml = await t.app.inject({ method: 'POST', url: '/api/transcripts', payload: '<a/>', headers: { ...t.auth, 'content-type': 'application/xml' } });
    expect(xml.statusCode).toBe(400);
    const notArray = await post({ transcripts: 'nope' });
    expect(notArray.statusCode).toBe(400);
    expect(notArray.json().message).toMatch(/"transcripts" must be an array/);
    expect(notArray.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('answers 413 beyond the body limit and beyond 1,000 transcripts', async () => {
    const small = await testApp({ config: { BODY_LIMIT: 4096 } });
    const big = await small.app.inject({ method: 'POST', url: '/api/transcripts', payload: { transcripts: Array.from({ length: 10 }, (_, i) => transcript({ externalId: `x${i}` })) }, headers: small.auth });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toEqual({ code: 'too_large', message: expect.stringMatching(/4096 bytes/) });
    await small.app.close();
    const many = await post({ transcripts: Array.from({ length: 1001 }, () => ({})) });
    expect(many.statusCode).toBe(413);
    expect(many.json().message).toMatch(/at most 1000/);
  });
});

describe('authentication', () => {
  it('answers 401 without a token, with a wrong token and with a malformed header', async () => {
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer aqa_wrong' }, { authorization: 'Basic abc' }];
    for (const headers of attempts) {
      const res = await post(transcript(), headers);
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe('unauthorized');
      const get = await t.app.inject({ url: '/api/transcripts', headers });
      expect(get.statusCode).toBe(401);
    }
  });

  it('lets a signed-in liaison read only their library and not ingest', async () => {
    await post({ transcripts: [transcript({ externalId: 'b1' }), transcript({ externalId: 'e1', library: 'EPFL' })] });
    const { signIn } = await import('./helpers');
    const { cookie } = await signIn(t.app, { email: 'liaison@bcpl.test', role: 'liaison', library: 'BCPL' });
    const list = await t.app.inject({ url: '/api/transcripts', headers: { cookie } });
    expect(list.json().items.map((i: { library: string }) => i.library)).toEqual(['BCPL']);
    const other = await t.app.inject({ url: '/api/transcripts?library=EPFL', headers: { cookie } });
    expect(other.statusCode).toBe(403);
    const ingest = await post(transcript({ externalId: 'z' }), { cookie });
    expect(ingest.statusCode).toBe(403);
    const me = await t.app.inject({ url: '/api/me', headers: { cookie } });
    expect(me.json().user).toMatchObject({ email: 'liaison@bcpl.test', role: 'liaison', library: 'BCPL' });
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('refuses a wrong password with 401 and no hint which part was wrong', async () => {
    const { signIn } = await import('./helpers');
    await signIn(t.app, { email: 'c@x.test', role: 'coordinator' });
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'c@x.test', password: 'nope nope' } });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: 'invalid_credentials', message: 'e-mail or password is wrong' });
  });
});

describe('GET /api/openapi.json and errors', () => {
  it('documents every endpoint', async () => {
    const res = await t.app.inject({ url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3/);
    for (const path of ['/api/transcripts', '/api/transcripts/{id}', '/api/transcripts/{id}/followups', '/api/stats/overview', '/api/imports', '/api/auth/login', '/api/me']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect((await t.app.inject({ url: '/api/docs' })).statusCode).toBeLessThan(400);
  });

  it('answers an unknown API path and an unknown session with 404 JSON', async () => {
    const a = await t.app.inject({ url: '/api/nothing', headers: t.auth });
    expect(a.statusCode).toBe(404);
    expect(a.json().code).toBe('not_found');
    const b = await t.app.inject({ url: '/api/transcripts/999', headers: t.auth });
    expect(b.statusCode).toBe(404);
    expect(b.json().message).toMatch(/999/);
    const c = await t.app.inject({ url: '/api/transcripts/abc', headers: t.auth });
    expect(c.statusCode).toBe(400);
    expect(c.json().errors[0].path).toBe('id');
  });
});
