import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config';

describe('settings from the environment', () => {
  it('uses the documented defaults', () => {
    expect(loadConfig({})).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', DATABASE_URL: 'file:./data/qa.sqlite', RETENTION_DAYS: 90 });
  });
  it('names every bad variable in one message', () => {
    let message = '';
    try {
      loadConfig({ PORT: 'eighty', BODY_LIMIT: '-1', LOG_LEVEL: 'loud', HOST: 'ok' });
    } catch (err) {
      message = (err as Error).message;
    }
    for (const part of ['PORT="eighty"', 'BODY_LIMIT="-1"', 'LOG_LEVEL="loud"']) expect(message).toContain(part);
    expect(message).not.toContain('HOST');
  });
});
