/**
 * A small PDF object reader and writer for one kind of file: what Chromium (Skia) prints, one
 * body with a classic cross-reference table. The exporter's finishing step (pdf-finish.ts) reads
 * only the objects it changes (the catalog, the page tree, pages, content streams, link
 * annotations, the document information) and copies every other object as the bytes Chromium
 * wrote, so a 1,400-object PDF is finished in tens of milliseconds instead of being parsed whole
 * into a document model and written back. The written file packs the objects that are not streams
 * into compressed object streams with a cross-reference stream (PDF 1.5), as pdf-lib does.
 *
 * Anything outside that shape (an update section, a cross-reference stream, encryption, an object
 * where the table says none is) throws `UnsupportedPdf`, and the caller uses pdf-lib instead.
 */
import { promisify } from 'node:util';
import { deflate as deflateCallback, inflate as inflateCallback } from 'node:zlib';

// On libuv's threads: several streams are (de)compressed at once, beside the JavaScript work.
export const deflate = promisify(deflateCallback);
const inflate = promisify(inflateCallback);

export class UnsupportedPdf extends Error {
  override readonly name = 'UnsupportedPdf';
}

export class PdfName {
  constructor(readonly name: string) {}
}
export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen = 0,
  ) {}
}
/** A string's bytes, as they are after escapes; `hex` only says how it was written. */
export class PdfString {
  constructor(
    readonly bytes: Buffer,
    readonly hex = false,
  ) {}

  /** UTF-16BE with a byte order mark: the encoding of text strings that need more than Latin-1. */
  static fromText(text: string): PdfString {
    const utf16 = Buffer.from(text, 'utf16le').swap16();
    return new PdfString(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16]), true);
  }

  /** The text (UTF-16BE with its mark, UTF-8 with its mark, else PDFDocEncoding read as Latin-1). */
  text(): string {
    const b = this.bytes;
    if (b[0] === 0xfe && b[1] === 0xff) return Buffer.from(b.subarray(2)).swap16().toString('utf16le');
    if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return b.subarray(3).toString('utf8');
    return b.toString('latin1');
  }
}
export type PdfDict = Map<string, PdfValue>;
export type PdfValue = number | boolean | null | PdfName | PdfRef | PdfString | PdfValue[] | PdfDict;

export const isDict = (v: PdfValue | undefined): v is PdfDict => v instanceof Map;
export const nameOf = (v: PdfValue | undefined): string | undefined => (v instanceof PdfName ? v.name : undefined);

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set(Array.from(Buffer.from('()<>[]{}/%', 'latin1')));

/** Parses PDF object syntax from a Latin-1 view of the file's bytes. */
class Parser {
  pos: number;
  constructor(
    private readonly s: string,
    start: number,
  ) {
    this.pos = start;
  }

  fail(what: string): never {
    throw new UnsupportedPdf(`${what} at byte ${this.pos}: "${this.s.slice(this.pos, this.pos + 24)}"`);
  }

  skip(): void {
    const s = this.s;
    for (;;) {
      const c = s.charCodeAt(this.pos);
      if (WHITE.has(c)) this.pos += 1;
      else if (c === 0x25) {
        while (this.pos < s.length && s[this.pos] !== '\n' && s[this.pos] !== '\r') this.pos += 1;
      } else return;
    }
  }

  /** A bare word: a number, a keyword, or R's parts. */
  word(): string {
    this.skip();
    const start = this.pos;
    while (this.pos < this.s.length) {
      const c = this.s.charCodeAt(this.pos);
      if (WHITE.has(c) || DELIM.has(c)) break;
      this.pos += 1;
    }
    return this.s.slice(start, this.pos);
  }

  value(): PdfValue {
    this.skip();
    const s = this.s;
    const c = s[this.pos];
    if (c === '/') {
      this.pos += 1;
      const start = this.pos;
      while (this.pos < s.length) {
        const k = s.charCodeAt(this.pos);
        if (WHITE.has(k) || DELIM.has(k)) break;
        this.pos += 1;
      }
      return new PdfName(s.slice(start, this.pos).replace(/#([0-9A-Fa-f]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))));
    }
    if (c === '<' && s[this.pos + 1] === '<') {
      this.pos += 2;
      const dict: PdfDict = new Map();
      for (;;) {
        this.skip();
        if (s.startsWith('>>', this.pos)) {
          this.pos += 2;
          return dict;
        }
        const key = this.value();
        if (!(key instanceof PdfName)) this.fail('a dictionary key that is not a name');
        dict.set(key.name, this.value());
      }
    }
    if (c === '<') {
      const end = s.indexOf('>', this.pos);
      if (end < 0) this.fail('an unterminated hex string');
      let hex = s.slice(this.pos + 1, end).replace(/\s+/g, '');
      if (!/^[0-9A-Fa-f]*$/.test(hex)) this.fail('a malformed hex string');
      if (hex.length % 2) hex += '0';
      this.pos = end + 1;
      return new PdfString(Buffer.from(hex, 'hex'), true);
    }
    if (c === '(') return this.literal();
    if (c === '[') {
      this.pos += 1;
      const list: PdfValue[] = [];
      for (;;) {
        this.skip();
        if (s[this.pos] === ']') {
          this.pos += 1;
          return list;
        }
        if (this.pos >= s.length) this.fail('an unterminated array');
        list.push(this.value());
      }
    }
    const word = this.word();
    if (word === '') this.fail('an unexpected character');
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (!/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) this.fail(`an unexpected keyword "${word}"`);
    const num = Number(word);
    // `num gen R` is a reference: look ahead without consuming when it is not.
    if (/^\d+$/.test(word)) {
      const back = this.pos;
      const gen = this.word();
      if (/^\d+$/.test(gen) && this.word() === 'R') return new PdfRef(num, Number(gen));
      this.pos = back;
    }
    return num;
  }

  private literal(): PdfString {
    const s = this.s;
    this.pos += 1;
    const out: number[] = [];
    let depth = 1;
    while (this.pos < s.length) {
      const ch = s.charCodeAt(this.pos++);
      if (ch === 0x5c) {
        const e = s[this.pos++] ?? '';
        const simple: Record<string, number> = { n: 10, r: 13, t: 9, b: 8, f: 12, '(': 40, ')': 41, '\\': 92 };
        if (e in simple) out.push(simple[e] ?? 0);
        else if (/[0-7]/.test(e)) {
          let oct = e;
          while (oct.length < 3 && /[0-7]/.test(s.charAt(this.pos))) oct += s.charAt(this.pos++);
          out.push(parseInt(oct, 8) & 0xff);
        } else if (e === '\r') {
          if (s[this.pos] === '\n') this.pos += 1;
        } else if (e !== '\n') out.push(e.charCodeAt(0));
        continue;
      }
      if (ch === 0x28) depth += 1;
      if (ch === 0x29 && --depth === 0) return new PdfString(Buffer.from(out));
      out.push(ch);
    }
    this.fail('an unterminated string');
  }
}

const formatNumber = (n: number): string => {
  if (Number.isInteger(n)) return String(n);
  const text = n.toFixed(6).replace(/0+$/, '');
  return text === '-0.' || text === '0.' ? '0' : text;
};

/** PDF syntax for a value. Strings are written as hex (exact for any bytes). */
export function serialize(value: PdfValue): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return formatNumber(value);
  if (value instanceof PdfName)
    return `/${value.name.replace(/[^!-~]|[#()<>[\]{}/%]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
  if (value instanceof PdfRef) return `${value.num} ${value.gen} R`;
  if (value instanceof PdfString) return `<${value.bytes.toString('hex').toUpperCase()}>`;
  if (Array.isArray(value)) return `[${value.map(serialize).join(' ')}]`;
  return `<<${[...value].map(([k, v]) => `${serialize(new PdfName(k))} ${serialize(v)}`).join(' ')}>>`;
}

/** An object as it sits in the file. */
interface Located {
  readonly num: number;
  readonly gen: number;
  /** Where `num gen obj` starts, and where the value after it starts. */
  readonly start: number;
  readonly valueStart: number;
}

export interface PdfStream {
  readonly dict: PdfDict;
  /** The stream's bytes as stored (still encoded). */
  readonly raw: Buffer;
}

/** What replaces an object, or a new one. */
export type Replacement = { readonly value: PdfValue } | { readonly stream: PdfStream };

export class PdfFile {
  private readonly text: string;
  private readonly located = new Map<number, Located>();
  /** Offsets of every object's start, sorted: an object's bytes end where the next one starts. */
  private readonly starts: number[];
  private readonly xrefAt: number;
  readonly trailer: PdfDict;
  private readonly cache = new Map<number, PdfValue | PdfStream>();

  constructor(readonly bytes: Buffer) {
    this.text = bytes.toString('latin1');
    const tail = this.text.slice(-1024);
    const found = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
    if (!found?.[1]) throw new UnsupportedPdf('no startxref at the end of the file');
    this.xrefAt = Number(found[1]);
    const p = new Parser(this.text, this.xrefAt);
    if (p.word() !== 'xref') throw new UnsupportedPdf('the cross-reference is not a table (a cross-reference stream?)');
    const entries = new Map<number, { offset: number; gen: number }>();
    for (;;) {
      const first = p.word();
      if (first === 'trailer') break;
      const count = Number(p.word());
      if (!/^\d+$/.test(first) || !Number.isInteger(count)) p.fail('a malformed cross-reference subsection');
      for (let i = 0; i < count; i += 1) {
        const offset = Number(p.word());
        const gen = Number(p.word());
        const kind = p.word();
        if (kind === 'n') entries.set(Number(first) + i, { offset, gen });
        else if (kind !== 'f') p.fail('a malformed cross-reference entry');
      }
    }
    const trailer = p.value();
    if (!isDict(trailer)) throw new UnsupportedPdf('the trailer is not a dictionary');
    for (const key of ['Prev', 'XRefStm', 'Encrypt'])
      if (trailer.has(key)) throw new UnsupportedPdf(`the trailer has /${key} (updates, hybrid or encrypted files are not read here)`);
    this.trailer = trailer;
    for (const [num, { offset, gen }] of entries) {
      const head = /^(\d+)\s+(\d+)\s+obj\b/.exec(this.text.slice(offset, offset + 32));
      if (head?.[1] !== String(num) || Number(head[2]) !== gen) throw new UnsupportedPdf(`object ${num} is not where the table says`);
      this.located.set(num, { num, gen, start: offset, valueStart: offset + head[0].length });
    }
    this.starts = [...[...this.located.values()].map((l) => l.start), this.xrefAt].sort((a, b) => a - b);
  }

  /** Object numbers in use. */
  numbers(): number[] {
    return [...this.located.keys()];
  }

  /** The end of an object's bytes: the start of the next object (or of the table). */
  private boundary(start: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] ?? 0) <= start) lo = mid + 1;
      else hi = mid;
    }
    return this.starts[lo] ?? this.text.length;
  }

  /** An object's value, or its dictionary and bytes when it is a stream. */
  object(num: number): PdfValue | PdfStream | undefined {
    if (this.cache.has(num)) return this.cache.get(num);
    const at = this.located.get(num);
    if (!at) return undefined;
    const p = new Parser(this.text, at.valueStart);
    const value = p.value();
    let result: PdfValue | PdfStream = value;
    const after = p.pos;
    p.skip();
    if (this.text.startsWith('stream', p.pos)) {
      if (!isDict(value)) throw new UnsupportedPdf(`object ${num}: a stream without a dictionary`);
      let dataStart = p.pos + 'stream'.length;
      if (this.text[dataStart] === '\r') dataStart += 1;
      if (this.text[dataStart] === '\n') dataStart += 1;
      const length = this.resolve(value.get('Length'));
      if (typeof length !== 'number') throw new UnsupportedPdf(`object ${num}: a stream without a /Length`);
      if (!/^\s*endstream/.test(this.text.slice(dataStart + length, dataStart + length + 16)))
        throw new UnsupportedPdf(`object ${num}: a stream whose /Length is wrong`);
      result = { dict: value, raw: this.bytes.subarray(dataStart, dataStart + length) };
    } else {
      p.pos = after;
      if (p.word() !== 'endobj') p.fail(`object ${num} does not end with endobj`);
    }
    this.cache.set(num, result);
    return result;
  }

  /** A value with a reference followed (once: references to references are not a thing in PDF). */
  resolve(value: PdfValue | undefined): PdfValue | undefined {
    if (!(value instanceof PdfRef)) return value;
    const target = this.object(value.num);
    return isStream(target) ? undefined : target;
  }

  stream(value: PdfValue | undefined): PdfStream | undefined {
    const target = value instanceof PdfRef ? this.object(value.num) : undefined;
    return isStream(target) ? target : undefined;
  }

  /** An object's value text as written (for copying an unchanged object into an object stream). */
  private valueText(num: number): { text: string; stream: boolean; end: number } {
    const at = this.located.get(num);
    if (!at) throw new Error(`no object ${num}`);
    const slice = this.text.slice(at.valueStart, this.boundary(at.start)).trimEnd();
    if (!slice.endsWith('endobj')) throw new UnsupportedPdf(`object ${num} does not end with endobj`);
    const body = slice.slice(0, -'endobj'.length).trimEnd();
    return { text: body.trimStart(), stream: body.endsWith('endstream'), end: at.valueStart + body.length };
  }

  /**
   * The file with `changes` applied (a replacement for an object, or null to drop it) and `added`
   * objects appended: streams written as they are, every other object packed into compressed
   * object streams, indexed by a cross-reference stream. The trailer's Root, Info and ID are kept
   * unless `trailer` gives them.
   */
  async write(
    changes: ReadonlyMap<number, Replacement | null>,
    added: ReadonlyMap<number, Replacement>,
    trailer: Readonly<Partial<Record<'Root' | 'Info' | 'ID', PdfValue>>> = {},
  ): Promise<Buffer> {
    const chunks: Buffer[] = [];
    let offset = 0;
    const push = (chunk: Buffer | string): void => {
      const b = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
      chunks.push(b);
      offset += b.length;
    };
    push('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
    /** Object number → [type, field 2, field 3] of its cross-reference entry. */
    const xref = new Map<number, [number, number, number]>();
    const packed: { num: number; text: string }[] = [];
    const writeStream = (num: number, stream: PdfStream): void => {
      xref.set(num, [1, offset, 0]);
      const dict = new Map(stream.dict);
      dict.set('Length', stream.raw.length);
      push(`${num} 0 obj\n${serialize(dict)}\nstream\n`);
      push(stream.raw);
      push('\nendstream\nendobj\n');
    };
    const place = (num: number, replacement: Replacement): void => {
      if ('stream' in replacement) writeStream(num, replacement.stream);
      else packed.push({ num, text: serialize(replacement.value) });
    };
    for (const num of [...this.located.keys()].sort((a, b) => a - b)) {
      const at = this.located.get(num);
      if (!at) continue;
      if (changes.has(num)) {
        const change = changes.get(num);
        if (change) place(num, change);
        continue;
      }
      const { text, stream, end } = this.valueText(num);
      if (at.gen !== 0) throw new UnsupportedPdf(`object ${num} has generation ${at.gen}`);
      if (stream) {
        // Copied byte for byte, from its number to its endstream.
        xref.set(num, [1, offset, 0]);
        push(this.bytes.subarray(at.start, end));
        push('\nendobj\n');
      } else packed.push({ num, text });
    }
    for (const [num, replacement] of added) place(num, replacement);

    let next = Math.max(0, ...this.located.keys(), ...added.keys()) + 1;
    // Object streams of up to 100 objects each, compressed side by side.
    const groups: { num: number; head: string; count: number; data: Promise<Buffer> }[] = [];
    for (let i = 0; i < packed.length; i += 100) {
      const group = packed.slice(i, i + 100);
      const num = next++;
      let body = '';
      const index: string[] = [];
      group.forEach((o, k) => {
        index.push(`${o.num} ${Buffer.byteLength(body, 'latin1')}`);
        body += `${o.text}\n`;
        xref.set(o.num, [2, num, k]);
      });
      const head = `${index.join(' ')}\n`;
      groups.push({ num, head, count: group.length, data: deflate(Buffer.from(head + body, 'latin1'), { level: 6 }) });
    }
    for (const group of groups) {
      const dict: PdfDict = new Map<string, PdfValue>([
        ['Type', new PdfName('ObjStm')],
        ['N', group.count],
        ['First', Buffer.byteLength(group.head, 'latin1')],
        ['Filter', new PdfName('FlateDecode')],
      ]);
      writeStream(group.num, { dict, raw: await group.data });
    }

    // The cross-reference stream, indexing itself too.
    const xrefNum = next++;
    const size = next;
    xref.set(xrefNum, [1, offset, 0]);
    const rows = Buffer.alloc(size * 7);
    for (let num = 0; num < size; num += 1) {
      const [type, a, b] = xref.get(num) ?? (num === 0 ? [0, 0, 65535] : [0, 0, 0]);
      rows.writeUInt8(type, num * 7);
      rows.writeUInt32BE(a, num * 7 + 1);
      rows.writeUInt16BE(b, num * 7 + 5);
    }
    const dict: PdfDict = new Map<string, PdfValue>([
      ['Type', new PdfName('XRef')],
      ['Size', size],
      ['W', [1, 4, 2]],
      ['Filter', new PdfName('FlateDecode')],
    ]);
    for (const key of ['Root', 'Info', 'ID'] as const) {
      const value = trailer[key] ?? this.trailer.get(key);
      if (value !== undefined) dict.set(key, value);
    }
    const xrefAt = offset;
    writeStream(xrefNum, { dict, raw: await deflate(rows) });
    push(`startxref\n${xrefAt}\n%%EOF\n`);
    return Buffer.concat(chunks);
  }
}

export const isStream = (v: PdfValue | PdfStream | undefined): v is PdfStream =>
  typeof v === 'object' && v !== null && !(v instanceof Map) && !Array.isArray(v) && 'raw' in v;

/** A stream's decoded bytes: unfiltered or FlateDecode without predictors (what Chromium writes). */
export async function decodeStream(stream: PdfStream): Promise<Buffer> {
  const filter = stream.dict.get('Filter');
  const filters = Array.isArray(filter) ? filter : filter === undefined ? [] : [filter];
  if (filters.length === 0) return stream.raw;
  if (filters.length === 1 && nameOf(filters[0]) === 'FlateDecode' && !stream.dict.has('DecodeParms')) return inflate(stream.raw);
  throw new UnsupportedPdf(`a stream filtered with ${serialize(filter ?? null)}`);
}
