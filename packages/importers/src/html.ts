import { decodeHTML } from 'entities';

/** Entities decoded; a non-breaking space becomes a plain space (exports use &nbsp; for spacing). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return decodeHTML(s).replace(/\u00a0/g, ' ');
}

function sameLink(text: string, href: string): boolean {
  const norm = (u: string) =>
    u
      .trim()
      .replace(/^mailto:|^tel:/i, '')
      .replace(/^https?:\/\//i, '')
      .replace(/^www\./i, '')
      .replace(/\/+$/, '')
      .toLowerCase();
  return norm(text) === norm(href);
}

/** `<a href="u">t</a>` becomes t when t is the URL (or empty: then u), otherwise "t (u)". */
export function linkText(inner: string, href: string): string {
  const text = inner.trim();
  const url = href.trim().replace(/^mailto:/i, '');
  if (!url || url.startsWith('#') || /^javascript:/i.test(url)) return inner;
  if (!text) return url;
  if (sameLink(text, href) || text.includes(url)) return inner;
  return `${inner} (${url})`;
}

const LINK_RE = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))[^>]*>([\s\S]*?)<\/a\s*>/gi;
const BR_RE = /<br\s*\/?>/gi;
const TAG_RE = /<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?\/?>/g;

/**
 * HTML inside one chat line (a LibChat `Transcript` cell): links become their
 * text (the URL), `<br>` a line break, other tags are removed, entities are
 * decoded. Text that merely contains "<" (a patron typing "<3") is untouched.
 */
export function inlineHtmlToText(s: string): string {
  if (!s.includes('<')) return decodeEntities(s);
  const out = s
    .replace(LINK_RE, (_m, dq: string | undefined, sq: string | undefined, bare: string | undefined, inner: string) =>
      linkText(decodeEntities(inner.replace(TAG_RE, '')), decodeEntities(dq ?? sq ?? bare ?? '')),
    )
    .replace(BR_RE, '\n')
    .replace(TAG_RE, '');
  return decodeEntities(out);
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'dd', 'div', 'dl', 'dt', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'html', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);
const CELL_TAGS = new Set(['td', 'th']);
const SKIP_TAGS = new Set(['script', 'style', 'head', 'title', 'template', 'noscript']);
const MAX_HOLD = 64 * 1024;

/**
 * Streaming HTML → plain text for HTML transcripts: block elements and `<br>`
 * end a line, `<hr>` becomes a `----` separator line, table cells are joined
 * by spaces, script/style/head are dropped, whitespace collapses as a browser
 * would (except inside `<pre>`), links keep their URL, entities are decoded.
 */
export class HtmlToText {
  private buf = '';
  private skipping: string | null = null;
  private pre = 0;
  private links: { href: string; at: number }[] = [];
  private out = '';

  push(chunk: string): string {
    this.buf += chunk;
    this.run(false);
    return this.take();
  }

  end(): string {
    this.run(true);
    return this.take();
  }

  private take(): string {
    // keep text that a pending </a> may still need to look at
    if (this.links.length && this.out.length < MAX_HOLD) return '';
    this.links = [];
    const s = this.out;
    this.out = '';
    return s;
  }

  private text(raw: string): void {
    if (!raw) return;
    let t = decodeEntities(raw);
    if (!this.pre) t = t.replace(/[ \t\r\n\f]+/g, ' ');
    this.out += t;
  }

  private run(final: boolean): void {
    const buf = this.buf;
    let i = 0;
    for (;;) {
      if (this.skipping) {
        const close = buf.toLowerCase().indexOf(`</${this.skipping}`, i);
        if (close < 0) {
          i = final ? buf.length : Math.max(i, buf.length - this.skipping.length - 2);
          break;
        }
        const gt = buf.indexOf('>', close);
        if (gt < 0) {
          i = final ? buf.length : close;
          break;
        }
        this.skipping = null;
        i = gt + 1;
        continue;
      }
      const lt = buf.indexOf('<', i);
      if (lt < 0) {
        let end = buf.length;
        if (!final) {
          // an entity may be cut at the chunk end
          const amp = buf.lastIndexOf('&');
          if (amp >= i && buf.length - amp < 32 && !buf.includes(';', amp)) end = amp;
        }
        this.text(buf.slice(i, end));
        i = end;
        break;
      }
      this.text(buf.slice(i, lt));
      i = lt;
      if (buf.startsWith('<!--', lt)) {
        const endC = buf.indexOf('-->', lt + 4);
        if (endC < 0) {
          if (final) i = buf.length;
          break;
        }
        i = endC + 3;
        continue;
      }
      const gt = buf.indexOf('>', lt);
      if (gt < 0 && !final && buf.length - lt <= MAX_HOLD) break; // the tag may continue in the next chunk
      const m = /^<(\/?)([A-Za-z][A-Za-z0-9]*)/.exec(buf.slice(lt, lt + 40));
      if (gt >= 0 && /^<[!?]/.test(buf.slice(lt, lt + 2))) {
        i = gt + 1; // <!DOCTYPE …>, <?xml …?>
        continue;
      }
      if (!m || gt < 0) {
        // not a tag: a literal "<"
        this.text('<');
        i = lt + 1;
        continue;
      }
      const tag = buf.slice(lt, gt + 1);
      const closing = m[1] === '/';
      const name = m[2]!.toLowerCase();
      i = gt + 1;
      if (SKIP_TAGS.has(name) && !closing && !tag.endsWith('/>')) {
        this.skipping = name;
        continue;
      }
      if (name === 'hr') this.out += '\n----\n';
      else if (name === 'pre') {
        this.pre = Math.max(0, this.pre + (closing ? -1 : 1));
        this.out += '\n';
      } else if (BLOCK_TAGS.has(name)) this.out += '\n';
      else if (CELL_TAGS.has(name)) this.out += ' ';
      else if (name === 'a') {
        if (!closing) {
          const hm = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
          this.links.push({ href: decodeEntities(hm?.[1] ?? hm?.[2] ?? hm?.[3] ?? ''), at: this.out.length });
        } else {
          const link = this.links.pop();
          if (link) {
            const inner = this.out.slice(link.at);
            this.out = this.out.slice(0, link.at) + linkText(inner, link.href);
          }
        }
      }
    }
    this.buf = buf.slice(i);
    if (final) {
      if (this.buf) this.text(this.buf);
      this.buf = '';
      this.links = [];
    }
  }
}

/** Whether text looks like an HTML document or fragment (rather than plain text that mentions a tag). */
export function looksLikeHtml(head: string): boolean {
  return /<(?:!doctype\s+html|html|body|div|p|br|table|tr|td|span|font|pre|h[1-6])\b[^>]*>/i.test(head);
}
