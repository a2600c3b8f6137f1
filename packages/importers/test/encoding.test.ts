import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../src/encoding';
import { chunks } from './helpers';

async function decode(buf: Buffer, size = 3): Promise<string> {
  let s = '';
  for await (const piece of decodeText(chunks(buf, size))) s += piece;
  return s;
}

describe('decodeText', () => {
  const text = 'I’m in Montréal — “ok” €5\r\nnext line ½\n';

  it('reads UTF-8, with or without a BOM, whatever the chunking', async () => {
    for (const size of [1, 2, 3, 5, 1000]) {
      expect(await decode(Buffer.from(text, 'utf8'), size)).toBe(text);
      expect(await decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]), size)).toBe(text);
    }
  });

  it('reads Windows-1252, including 0x80–0x9F, and keeps the bytes cp1252 leaves undefined', async () => {
    expect(await decode(iconv.encode(text, 'win1252'))).toBe(text);
    expect(await decode(Buffer.from([0x41, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x0a]))).toBe('A\u0081\u008d\u008f\u0090\u009d\n');
  });

  it('decides line by line in a mixed file, and keeps UTF-8 sequences inside a cp1252 line', async () => {
    const mixed = Buffer.concat([Buffer.from('a “utf8”\n', 'utf8'), iconv.encode('b “cp1252” é\n', 'win1252'), Buffer.from('c é\n', 'utf8')]);
    expect(await decode(mixed, 4)).toBe('a “utf8”\nb “cp1252” é\nc é\n');
    const oneLine = Buffer.concat([Buffer.from('x — ', 'utf8'), iconv.encode('y “z”', 'win1252')]);
    expect(await decode(oneLine, 1000)).toBe('x — y “z”');
  });

  it('reads UTF-16 with a BOM', async () => {
    expect(await decode(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]))).toBe(text);
  });
});
