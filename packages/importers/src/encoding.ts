import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';

/**
 * Exports arrive as UTF-8 or Windows-1252 (LibraryH3lp), sometimes both in one
 * file when exports were concatenated. Decoding is decided per line: a line
 * that is valid UTF-8 is UTF-8; any other line is Windows-1252, except that
 * well-formed multi-byte UTF-8 sequences of 3 or 4 bytes inside it (which
 * cp1252 text virtually never produces) are kept as UTF-8. A UTF-8 BOM is
 * stripped; a UTF-16 BOM switches to UTF-16. Node's small-ICU TextDecoder is
 * wrong for cp1252 0x80–0x9F, so iconv-lite does the cp1252 part, and the five
 * bytes cp1252 leaves undefined map to the C1 controls (as browsers do), so no
 * byte is ever lost.
 */

export function decodeCp1252(buf: Uint8Array): string {
  const s = iconv.decode(Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength), 'win1252');
  if (!s.includes('\uFFFD')) return s;
  // single-byte codec: character i is byte i
  let out = '';
  for (let i = 0; i < s.length; i++) out += s[i] === '\uFFFD' ? String.fromCharCode(buf[i]!) : s[i];
  return out;
}

const isCont = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

/** Length of the well-formed UTF-8 sequence starting at i (2–4), or 0. */
export function utf8SequenceLength(buf: Uint8Array, i: number): number {
  const b = buf[i]!;
  const b1 = buf[i + 1];
  if (b >= 0xc2 && b <= 0xdf) return isCont(b1) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    if (b1 === undefined) return 0;
    if (b === 0xe0 && (b1 < 0xa0 || b1 > 0xbf)) return 0;
    if (b === 0xed && (b1 < 0x80 || b1 > 0x9f)) return 0;
    if (!isCont(b1) || !isCont(buf[i + 2])) return 0;
    return 3;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    if (b1 === undefined) return 0;
    if (b === 0xf0 && (b1 < 0x90 || b1 > 0xbf)) return 0;
    if (b === 0xf4 && (b1 < 0x80 || b1 > 0x8f)) return 0;
    if (!isCont(b1) || !isCont(buf[i + 2]) || !isCont(buf[i + 3])) return 0;
    return 4;
  }
  return 0;
}

function hasLongUtf8Sequence(buf: Uint8Array): boolean {
  for (let i = 0; i < buf.length; i++) {
    if (buf[i]! >= 0xe0 && utf8SequenceLength(buf, i) >= 3) return true;
  }
  return false;
}

/** Valid UTF-8 sequences as UTF-8, every other byte as cp1252. */
function decodeMixed(buf: Uint8Array): string {
  const parts: string[] = [];
  let runStart = 0;
  let i = 0;
  while (i < buf.length) {
    const b = buf[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = utf8SequenceLength(buf, i);
    if (len > 0) {
      i += len;
      continue;
    }
    if (i > runStart) parts.push(Buffer.from(buf.buffer, buf.byteOffset + runStart, i - runStart).toString('utf8'));
    parts.push(decodeCp1252(buf.subarray(i, i + 1)));
    i++;
    runStart = i;
  }
  if (runStart < buf.length) parts.push(Buffer.from(buf.buffer, buf.byteOffset + runStart, buf.length - runStart).toString('utf8'));
  return parts.join('');
}

export function decodeLine(buf: Buffer): string {
  if (isUtf8(buf)) return buf.toString('utf8');
  return hasLongUtf8Sequence(buf) ? decodeMixed(buf) : decodeCp1252(buf);
}

function decodePart(buf: Buffer): string {
  if (isUtf8(buf)) return buf.toString('utf8');
  const parts: string[] = [];
  let start = 0;
  while (start < buf.length) {
    const nl = buf.indexOf(0x0a, start);
    const end = nl < 0 ? buf.length : nl + 1;
    parts.push(decodeLine(buf.subarray(start, end)));
    start = end;
  }
  return parts.join('');
}

const MAX_LINE_CARRY = 1 << 20;

/** Streams decoded text; chunks end on line boundaries where possible. */
export async function* decodeText(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  let carry: Buffer | null = null;
  let started = false;
  let utf16: iconv.DecoderStream | null = null;
  for await (const chunk of chunks) {
    let buf: Buffer = carry ? Buffer.concat([carry, chunk]) : chunk;
    carry = null;
    if (!started) {
      if (buf.length < 4) {
        carry = buf;
        continue;
      }
      started = true;
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
      else if (buf[0] === 0xff && buf[1] === 0xfe) utf16 = iconv.getDecoder('utf16le');
      else if (buf[0] === 0xfe && buf[1] === 0xff) utf16 = iconv.getDecoder('utf16be');
      if (utf16) buf = buf.subarray(2);
    }
    if (utf16) {
      const s = utf16.write(buf);
      if (s) yield s;
      continue;
    }
    const lastNl = buf.lastIndexOf(0x0a);
    if (lastNl < 0 && buf.length < MAX_LINE_CARRY) {
      carry = buf;
      continue;
    }
    let cut = lastNl + 1;
    if (lastNl < 0) {
      // a very long line: cut after the last ASCII byte so no sequence is split
      cut = buf.length;
      while (cut > 0 && buf[cut - 1]! >= 0x80) cut--;
      if (cut === 0) cut = buf.length;
    }
    const s = decodePart(buf.subarray(0, cut));
    carry = cut < buf.length ? buf.subarray(cut) : null;
    if (s) yield s;
  }
  if (!started && carry) {
    let buf = carry;
    if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) buf = buf.subarray(3);
    if (buf.length) yield decodePart(buf);
    return;
  }
  if (utf16) {
    const s = utf16.end();
    if (s) yield s;
    return;
  }
  if (carry && carry.length) yield decodePart(carry);
}

export const HEAD_BYTES = 64 * 1024;

/** The first bytes as text: BOMs honoured, UTF-8 or Windows-1252. */
export function headText(head: Buffer): string {
  const b = head.subarray(0, HEAD_BYTES);
  if (b[0] === 0xff && b[1] === 0xfe) return iconv.decode(b.subarray(2), 'utf16le');
  if (b[0] === 0xfe && b[1] === 0xff) return iconv.decode(b.subarray(2), 'utf16be');
  return decodeLine(b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b);
}

