/**
 * An npm script of package.json as a child process runs it: the environment it sets
 * (`NAME=value` before `node`, e.g. the command line's MALLOC_ARENA_MAX) and node's arguments,
 * so the benchmark and the command line's tests run `npm start` and `npm run qa` as users do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export function npmScript(root: string, name: string): { env: Record<string, string>; args: string[] } {
  const script = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts[name];
  if (!script) throw new Error(`package.json has no script "${name}"`);
  const words = script.trim().split(/\s+/);
  const env: Record<string, string> = {};
  let i = 0;
  for (; i < words.length && /^[A-Z_][A-Z0-9_]*=/.test(words[i]!); i++) {
    const eq = words[i]!.indexOf('=');
    env[words[i]!.slice(0, eq)] = words[i]!.slice(eq + 1);
  }
  if (words[i] !== 'node') throw new Error(`the script "${name}" does not run node: ${script}`);
  return { env, args: words.slice(i + 1) };
}
