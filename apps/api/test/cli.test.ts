/** The command line, run as a user runs it (a child process on a real database file). */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '@askqa/db';
import { npmScript } from '../../../bench/npm-script';
import { transcript } from './helpers';

const root = join(import.meta.dirname, '../../..');
// `npm run qa` as package.json has it (its environment, node's flags, then the launcher), with the
// launcher's path resolved from the repository: the tests run in a temp folder
const qaScript = npmScript(root, 'qa');
const qaArgs = qaScript.args.map((arg) => (arg.startsWith('-') ? arg : join(root, arg)));
let dir: string;
let env: NodeJS.ProcessEnv;

function qa(...args: string[]) {
  const r = spawnSync(process.execPath, [...qaArgs, ...args], { cwd: dir, env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'askqa-cli-'));
  env = { ...process.env, ...qaScript.env, DATABASE_URL: `file:${join(dir, 'qa.sqlite')}` };
});

describe('npm run qa -- import', () => {
  it('imports an array file and an NDJSON file, lists rejected rows in a report and exits non-zero', () => {
    const good = [transcript({ externalId: 'a' }), transcript({ externalId: 'b' })];
    writeFileSync(join(dir, 'batch.json'), JSON.stringify(good));
    const bad = { ...transcript({ externalId: 'c' }), startedAt: 'yesterday' };
    writeFileSync(join(dir, 'more.ndjson'), [transcript({ externalId: 'd' }), bad, '{not json'].map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('\n'));
    const first = qa('import', 'batch.json');
    expect(first.code, first.err).toBe(0);
    expect(first.out).toMatch(/2 created, 0 updated, 0 unchanged, 0 rejected/);
    const second = qa('import', 'more.ndjson', '--report', 'rep.json');
    expect(second.code).toBe(2);
    expect(second.out).toMatch(/1 created, 0 updated, 0 unchanged, 2 rejected/);
    const report = JSON.parse(readFileSync(join(dir, 'rep.json'), 'utf8'));
    expect(report.rejected.map((r: { row: number }) => r.row)).toEqual([2, 3]);
    expect(report.rejected[0].errors).toContainEqual({ path: 'startedAt', message: expect.stringMatching(/offset/) });
    const again = qa('import', 'batch.json');
    expect(again.out).toMatch(/0 created, 0 updated, 2 unchanged, 0 rejected/);
  });

  it('explains a missing file and a bad format', () => {
    const missing = qa('import', 'nope.json');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nope\.json does not exist/);
    const format = qa('import', 'batch.json', '--format', 'pdf');
    expect(format.code).not.toBe(0);
    expect(format.err).toMatch(/--format must be one of/);
  });
});

describe('npm run qa -- tokens, users, backup', () => {
  it('prints a token once and stores only its hash', () => {
    const r = qa('tokens', 'create', '--name', 'libchat-push');
    expect(r.code, r.err).toBe(0);
    const token = /(aqa_\S+)/.exec(r.out)![1]!;
    const h = createDb(`file:${join(dir, 'qa.sqlite')}`);
    const rows = h.sqlite.prepare('SELECT name, token_hash FROM api_tokens').all() as { name: string; token_hash: string }[];
    h.close();
    expect(rows.map((x) => x.name)).toContain('libchat-push');
    expect(JSON.stringify(rows)).not.toContain(token);
  });

  it('creates users, printing a generated password, and refuses a liaison without a library', () => {
    const r = qa('users', 'create', '--email', 'Coord@State.test', '--role', 'coordinator');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/user coord@state\.test \(coordinator\) created/);
    expect(r.out).toMatch(/password: \S{12,}/);
    const liaison = qa('users', 'create', '--email', 'l@x.test', '--role', 'liaison');
    expect(liaison.code).toBe(1);
    expect(liaison.err).toMatch(/a liaison needs a library/);
    const dup = qa('users', 'create', '--email', 'coord@state.test', '--role', 'admin', '--password', 'longenough');
    expect(dup.err).toMatch(/exists already/);
  });

  it('writes a consistent backup that opens with the same sessions', () => {
    const r = qa('backup', '--out', 'copy.sqlite');
    expect(r.code, r.err).toBe(0);
    const h = createDb(`file:${join(dir, 'copy.sqlite')}`);
    expect((h.sqlite.prepare('SELECT count(*) AS n FROM sessions').get() as { n: number }).n).toBe(3);
    h.close();
  });

  it('rescores every stored session on request and says how many', () => {
    const r = qa('rescore', '--all');
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/^3 sessions rescored to rubric \S+; 0 pending follow-ups re-judged/m);
    const none = qa('rescore');
    expect(none.out).toMatch(/^0 sessions rescored/m);
  });

  it('stops with a message naming every bad setting', () => {
    const r = spawnSync(process.execPath, [...qaArgs, 'rescore'], { cwd: dir, env: { ...env, RETENTION_DAYS: 'forever' }, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/RETENTION_DAYS="forever"/);
  });
});
