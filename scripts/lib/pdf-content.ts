/**
 * A small reader and rewriter of PDF page content streams, for one job: content that Chromium
 * leaves outside every marked-content sequence (page backgrounds, slide numbers, anything hidden
 * from the accessibility tree) is neither tagged nor an artifact, which PDF/UA forbids (Matterhorn
 * 01-005). `markArtifacts` wraps each such painting operation in `/Artifact BMC … EMC` and leaves
 * everything inside a marked-content sequence as it is. Pure string work; no PDF library needed.
 */

export interface Instruction {
  /** The operator (`BT`, `Tj`, `re`, `BDC`…). */
  readonly op: string;
  /** The instruction's source text: operands and operator. */
  readonly text: string;
}

/**
 * One token at a time: whitespace, a comment, a literal string (one level of nested parentheses,
 * enough for what Chromium writes), `<<`, `>>`, a hex string, a bracket, a name, or a word (a number
 * or an operator). Sticky, so a character no alternative matches stops the scan.
 */
const TOKEN =
  /\s+|%[^\r\n]*|\((?:\\[\s\S]|[^\\()]|\((?:\\[\s\S]|[^\\()])*\))*\)|<<|>>|<[0-9A-Fa-f\s]*>|[[\]{}]|\/[^\s()<>[\]{}/%]*|[^\s()<>[\]{}/%]+/y;
const OPERAND_WORD = /^(?:[+-]?(?:\d+\.?\d*|\.\d+)|true|false|null)$/;

/** Splits a content stream into instructions. Throws on inline images (Chromium writes none). */
export function parseContent(source: string): Instruction[] {
  const out: Instruction[] = [];
  let start = -1;
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < source.length) {
    const at = TOKEN.lastIndex;
    const match = TOKEN.exec(source);
    if (!match) throw new Error(`content stream: cannot read "${source.slice(at, at + 20)}" at ${at}`);
    const token = match[0];
    const first = token.charCodeAt(0);
    // Whitespace (NUL, tab, LF, FF, CR, space) and comments separate tokens.
    if (first <= 0x20 || first === 0x25) continue;
    if (start < 0) start = at;
    const c = token.charAt(0);
    if ('()<>[]{}/'.includes(c) || OPERAND_WORD.test(token)) continue;
    if (token === 'BI') throw new Error('content stream: inline images are not supported');
    out.push({ op: token, text: source.slice(start, TOKEN.lastIndex) });
    start = -1;
  }
  return out;
}

const PATH_CONSTRUCTION = new Set(['m', 'l', 'c', 'v', 'y', 'h', 're', 'W', 'W*']);
const PATH_PAINTING = new Set(['S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*']);
const XOBJECT_OR_SHADING = new Set(['Do', 'sh']);
const MARK_BEGIN = new Set(['BDC', 'BMC']);

/** Painting operators (what puts marks on the page). */
export const paints = (op: string): boolean => PATH_PAINTING.has(op) || XOBJECT_OR_SHADING.has(op) || ['Tj', 'TJ', "'", '"'].includes(op);

/**
 * Wraps every painting operation outside marked content in an artifact sequence: a whole text
 * object (BT…ET) when it holds no marked content, a path from its construction to its painting
 * operator, an XObject or a shading. State operators stay outside. Returns the new stream and how
 * many sequences were added.
 */
export function markArtifacts(source: string): { content: string; artifacts: number } {
  const ins = parseContent(source);
  const out: string[] = [];
  let depth = 0;
  let artifacts = 0;
  const wrap = (items: readonly Instruction[]): void => {
    out.push('/Artifact BMC', ...items.map((x) => x.text), 'EMC');
    artifacts += 1;
  };
  for (let k = 0; k < ins.length; k += 1) {
    const x = ins[k];
    if (!x) continue;
    if (MARK_BEGIN.has(x.op)) depth += 1;
    if (x.op === 'EMC') depth = Math.max(0, depth - 1);
    if (depth > 0 || MARK_BEGIN.has(x.op) || x.op === 'EMC') {
      out.push(x.text);
      continue;
    }
    if (x.op === 'BT') {
      let end = k;
      while (end < ins.length && ins[end]?.op !== 'ET') end += 1;
      const block = ins.slice(k, end + 1);
      if (block.some((y) => MARK_BEGIN.has(y.op))) {
        // Marked content inside the text object: keep it, track depth as usual.
        out.push(x.text);
        continue;
      }
      if (block.some((y) => paints(y.op))) wrap(block);
      else out.push(...block.map((y) => y.text));
      k = end;
      continue;
    }
    if (PATH_CONSTRUCTION.has(x.op)) {
      let end = k;
      while (end < ins.length && PATH_CONSTRUCTION.has(ins[end]?.op ?? '')) end += 1;
      const block = ins.slice(k, end + 1);
      const last = ins[end]?.op ?? '';
      // A clip (`W n`) or an unpainted path marks nothing.
      if (PATH_PAINTING.has(last)) wrap(block);
      else out.push(...block.map((y) => y.text));
      k = end;
      continue;
    }
    if (XOBJECT_OR_SHADING.has(x.op)) {
      wrap([x]);
      continue;
    }
    out.push(x.text);
  }
  return { content: out.join('\n'), artifacts };
}

/** Painting operators outside any marked-content sequence (0 in a PDF/UA file). */
export function unmarkedPainting(source: string): number {
  let depth = 0;
  let count = 0;
  for (const x of parseContent(source)) {
    if (MARK_BEGIN.has(x.op)) depth += 1;
    else if (x.op === 'EMC') depth = Math.max(0, depth - 1);
    else if (depth === 0 && paints(x.op)) count += 1;
  }
  return count;
}
