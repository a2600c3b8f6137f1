import { transcriptSchema } from '@askqa/contract';
import { describe, expect, it } from 'vitest';
import { readImport, redactTranscript } from '../src/index';
import { generateLibChat } from './fixtures/generate-libchat';

describe('a 100,000-row LibChat export', () => {
  it('streams every row out, in order, as a valid transcript', async () => {
    const ROWS = 100_000;
    let count = 0;
    let problems = 0;
    for await (const item of readImport(generateLibChat(ROWS), { library: 'TU' })) {
      count++;
      if (item.row !== count || item.errors || item.warnings || item.externalId !== String(20000000 + count)) problems++;
      if (count % 10_000 === 1) {
        const t = transcriptSchema.parse(item.transcript);
        expect(t.messages.length).toBeGreaterThanOrEqual(8);
        const { transcript: r } = redactTranscript(t);
        expect(JSON.stringify(r)).not.toMatch(/user\d+@example\.org|410-555-\d{4}/);
      }
    }
    expect(problems).toBe(0);
    expect(count).toBe(ROWS);
  });
});
