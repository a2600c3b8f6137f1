import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createDb, sessions } from '../src/index';
import { searchCondition, searchStatements, toMatchExpression } from '../src/search';

describe('toMatchExpression', () => {
  it('turns words into an all-words query with a prefix on the last word, keeping quoted phrases', () => {
    expect(toMatchExpression('tax forms')).toBe('"tax" AND "forms"*');
    expect(toMatchExpression('"driver handbook" md')).toBe('"driver handbook" AND "md"*');
    expect(toMatchExpression('Montréal!')).toBe('"Montréal"*');
  });
  it('never lets FTS5 syntax through and has nothing to search in punctuation', () => {
    expect(toMatchExpression('NEAR(a b) OR "x')).toBe('"NEAR" AND "a" AND "b" AND "OR" AND "x"*');
    expect(toMatchExpression('*** ---')).toBeNull();
  });
});

describe('searchCondition', () => {
  it('gives the same page, in the same order, whether it starts from the matches or from the list order', () => {
    const h = createDb(':memory:');
    const insert = h.sqlite.prepare(
      `INSERT INTO sessions (id, source, external_id, library, provider_id, started_at, started_iso, ended_at, hash, created_at, updated_at)
       VALUES (?, 's', ?, 'L', 'p', ?, 'x', 0, 'h', 0, 0)`,
    );
    const fts = searchStatements(h.sqlite);
    h.sqlite.transaction(() => {
      for (let i = 1; i <= 300; i++) {
        // start times out of id order, so list order and match order differ
        insert.run(i, `e${i}`, ((i * 7919) % 300) * 1000);
        fts.index(i, i % 3 === 0 ? `about passports ${i}` : `about libraries ${i}`);
      }
    })();
    const page = (manyAbove: number) =>
      h.db
        .select({ id: sessions.id })
        .from(sessions)
        .where(searchCondition(h.sqlite, sessions.id, toMatchExpression('passport')!, manyAbove))
        .orderBy(sql`${sessions.startedAt} desc`, sql`${sessions.id} desc`)
        .limit(20)
        .all()
        .map((r) => r.id);
    const fromMatches = page(1000); // 100 matches: few
    const fromList = page(10); // the same 100 matches counted as many
    expect(fromMatches).toHaveLength(20);
    expect(fromList).toEqual(fromMatches);
    expect(fromMatches.every((id) => id % 3 === 0)).toBe(true);
    h.close();
  });
});
