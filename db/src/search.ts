/**
 * The one module that knows the full-text index is SQLite FTS5. Everything else asks it to
 * index a session's text, drop it, or turn a user's search words into a match expression.
 */
import type Database from 'better-sqlite3';
import { sql, type SQL, type SQLWrapper } from 'drizzle-orm';

export function searchStatements(sqlite: Database.Database) {
  const insert = sqlite.prepare('INSERT INTO sessions_fts(rowid, text) VALUES (?, ?)');
  const remove = sqlite.prepare('DELETE FROM sessions_fts WHERE rowid = ?');
  return {
    index(sessionId: number, text: string) {
      insert.run(sessionId, text);
    },
    replace(sessionId: number, text: string) {
      remove.run(sessionId);
      insert.run(sessionId, text);
    },
    remove(sessionId: number) {
      remove.run(sessionId);
    },
  };
}

/**
 * Turns free text into an FTS5 query: every word must appear (prefix match on the last one),
 * "quoted phrases" stay phrases. User input never reaches FTS5 syntax unescaped.
 */
export function toMatchExpression(q: string): string | null {
  const parts: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(q))) {
    const raw = (m[1] ?? m[2] ?? '').normalize('NFKC');
    const words = raw.match(/[\p{L}\p{N}_]+/gu);
    if (!words) continue;
    if (m[1] !== undefined) parts.push(`"${words.join(' ')}"`);
    else for (const w of words) parts.push(`"${w}"`);
  }
  if (parts.length === 0) return null;
  const last = parts[parts.length - 1]!;
  if (!last.includes(' ')) parts[parts.length - 1] = `${last}*`;
  return parts.join(' AND ');
}

/** SQL selecting the ids of the sessions that match an expression from toMatchExpression. */
export function matchingSessionIds(expression: string): SQL {
  return sql`select rowid from sessions_fts where sessions_fts match ${expression}`;
}

/** Above this many matches a search reads sessions in list order and tests each for a match. */
export const MANY_MATCHES = 2000;

/** How many sessions match, counting no further than `upTo` (cheap even for common words). */
export function countMatchesUpTo(sqlite: Database.Database, expression: string, upTo: number): number {
  const row = sqlite.prepare('SELECT count(*) AS n FROM (SELECT rowid FROM sessions_fts WHERE sessions_fts MATCH ? LIMIT ?)').get(expression, upTo) as { n: number };
  return row.n;
}

/**
 * The list condition for a search. Few matches: start from the matches and sort them. Many: walk
 * the list's own order (date index) and keep the sessions that match, which finds a page at once
 * (the unary + stops SQLite from starting at the matches and sorting thousands of them).
 */
export function searchCondition(sqlite: Database.Database, idColumn: SQLWrapper, expression: string, manyAbove = MANY_MATCHES): SQL {
  const many = countMatchesUpTo(sqlite, expression, manyAbove + 1) > manyAbove;
  return many ? sql`+${idColumn} in (${matchingSessionIds(expression)})` : sql`${idColumn} in (${matchingSessionIds(expression)})`;
}
