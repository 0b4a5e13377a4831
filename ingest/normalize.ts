// Matching tolerance: a normalised view of a document's text with a map back to the original.
// The view folds half-width punctuation to full width, drops stray spaces between CJK characters,
// joins hard-wrapped lines inside a sentence and converts traditional characters to simplified
// (one code unit for one code unit). Every offset reported to the outside must go through `toOriginal`.
import * as OpenCC from 'opencc-js';
import { AGENCY_HEADS } from './patterns/entities.js';

export interface NormalizedText {
  /** The original text. */
  original: string;
  /** The normalised view. */
  text: string;
  /** map[i] = index in `original` of normalised code unit i. */
  map: Int32Array;
}

const UTF16 = new TextDecoder('utf-16le');
let t2s: ((s: string) => string) | undefined;
let T2S_TABLE: Uint16Array | undefined;
/** Per-character traditional→simplified table over the CJK blocks, built once from opencc-js. */
function t2sTable(): Uint16Array {
  if (T2S_TABLE) return T2S_TABLE;
  if (!t2s) t2s = OpenCC.Converter({ from: 't', to: 'cn' });
  const table = new Uint16Array(0x10000);
  // convert the whole block in one call, separated by newlines, then read it back char by char
  const lo = 0x3400;
  const hi = 0xfaff;
  let src = '';
  for (let c = lo; c <= hi; c++) src += String.fromCharCode(c) + '\n';
  const out = t2s(src);
  const parts = out.split('\n');
  for (let c = lo; c <= hi; c++) {
    const x = parts[c - lo];
    if (x !== undefined && x.length === 1 && x.charCodeAt(0) !== c) table[c] = x.charCodeAt(0);
  }
  T2S_TABLE = table;
  return table;
}
function traditionalToSimplified(s: string): string {
  const table = t2sTable();
  let changed = false;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    if (table[s.charCodeAt(i)]) {
      changed = true;
      break;
    }
  }
  if (!changed) return s;
  const codes = new Uint16Array(n);
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    codes[i] = table[c] || c;
  }
  return UTF16.decode(codes);
}

const HALF_TO_FULL: Record<string, string> = {
  ',': '，',
  ':': '：',
  '(': '（',
  ')': '）',
  ';': '；',
  '!': '！',
  '?': '？',
  '【': '【',
};

export function isCjk(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}
function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
function isInlineSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x3000 || code === 0xa0 || code === 0x2002 || code === 0x2003;
}
const SENTENCE_END = new Set(['。', '！', '？', '；', '：', '.', '!', '?', ';', ':']);

/** Minimum length of a line for its line break to be treated as a hard wrap inside a sentence. */
const WRAP_MIN_LINE = 20;
/** A line that starts with a field label (联系电话：, 抄送：) is not a continuation. */
const LABEL_RE = /^[\u4e00-\u9fff]{2,10}[：:]/;
/** Nor is a byline field, a short label and a space before its value (校对 潘政, 编辑 张三). */
const BYLINE_RE = /^[\u4e00-\u9fff]{2,4}[ \t\u3000]+[^ \t\u3000\n]/;

/** Head nouns of two or more characters: a line break inside one (省协调小 | 组) is a wrap, however short the line. */
const SPLITTABLE_HEADS = AGENCY_HEADS.filter((head) => head.length >= 2);

/** Does the line break between `before` (the line's end) and `after` (the next line's start) cut a head noun in two? */
export function breakSplitsHead(before: string, after: string): boolean {
  return SPLITTABLE_HEADS.some((head) => {
    for (let k = 1; k < head.length; k++) if (before.endsWith(head.slice(0, k)) && after.startsWith(head.slice(k))) return true;
    return false;
  });
}

/** Is the line break at `i` (next line's text at `j`) a hard wrap inside a sentence, to be joined in the view? */
function isWrap(src: string, i: number, j: number, lineLen: number, lastCode: number): boolean {
  if (!isCjk(lastCode) || !isCjk(j < src.length ? src.charCodeAt(j) : 0) || SENTENCE_END.has(String.fromCharCode(lastCode))) return false;
  const next = src.slice(j, j + 12);
  if (LABEL_RE.test(next) || BYLINE_RE.test(next) || LABEL_RE.test(src.slice(i - lineLen, i - lineLen + 12))) return false;
  return lineLen >= WRAP_MIN_LINE || breakSplitsHead(src.slice(Math.max(0, i - 8), i).replace(/\s+$/, ''), src.slice(j, j + 8));
}

export function normalizeText(original: string): NormalizedText {
  const src = traditionalToSimplified(original);
  const n = src.length;
  const out = new Uint16Array(n);
  const map = new Int32Array(n + 1);
  let k = 0;
  let lastCode = 0; // last emitted non-space code unit
  let lineStart = 0; // index in src where the current line starts
  let quoteOpen = false;
  for (let i = 0; i < n; i++) {
    const code = src.charCodeAt(i);
    if (code === 0x0d) continue;
    if (isInlineSpace(code)) {
      // look at next non-space
      let j = i + 1;
      while (j < n && isInlineSpace(src.charCodeAt(j))) j++;
      const next = j < n ? src.charCodeAt(j) : 0;
      if ((isCjk(lastCode) && (isCjk(next) || isDigit(next))) || (isDigit(lastCode) && isCjk(next))) {
        i = j - 1;
        continue;
      }
      out[k] = code;
      map[k++] = i;
      continue;
    }
    if (code === 0x0a) {
      // single hard wrap inside a sentence?
      let j = i + 1;
      while (j < n && isInlineSpace(src.charCodeAt(j))) j++;
      const lineLen = i - lineStart;
      lineStart = i + 1;
      if (isWrap(src, i, j, lineLen, lastCode)) {
        i = j - 1;
        lineStart = j;
        continue;
      }
      out[k] = code;
      map[k++] = i;
      lastCode = code;
      quoteOpen = false;
      continue;
    }
    let c = code;
    if (c < 0x80) {
      const ch = String.fromCharCode(c);
      const f = HALF_TO_FULL[ch];
      if (f) {
        // keep ":" between digits (times) and "," between digits (thousands) as is
        const prevDigit = isDigit(lastCode);
        const nextDigit = i + 1 < n && isDigit(src.charCodeAt(i + 1));
        if (!((ch === ':' || ch === ',') && prevDigit && nextDigit)) c = f.charCodeAt(0);
      } else if (ch === '"') {
        c = quoteOpen ? 0x201d : 0x201c;
        quoteOpen = !quoteOpen;
      }
    } else if (c === 0xff08) {
      // full-width already
    } else if (c === 0x300c || c === 0x300e) {
      c = 0x201c; // 「 『 → “
    } else if (c === 0x300d || c === 0x300f) {
      c = 0x201d;
    }
    out[k] = c;
    map[k++] = i;
    lastCode = c;
  }
  map[k] = n;
  const text = UTF16.decode(out.subarray(0, k));
  return { original, text, map: map.subarray(0, k + 1) };
}

/**
 * What a user types, in the form documents are matched in: traditional characters simplified, full-width letters
 * and digits half-width (Ｂ１ → B1), punctuation as the normalised view writes it, spaces between CJK characters gone.
 */
export function normalizeQuery(query: string): string {
  const halfWidth = query.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return normalizeText(halfWidth.replace(/\s+/g, ' ').trim()).text;
}

let s2t: ((s: string) => string) | undefined;
/** A name in traditional characters, for documents written in them (泉州市反诈骗中心 → 泉州市反詐騙中心). */
export function toTraditional(s: string): string {
  s2t ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return s2t(s);
}

/** Does the original use traditional characters (the normalised view converted some)? */
export function isTraditional(nt: NormalizedText): boolean {
  const table = t2sTable();
  for (let i = 0; i < nt.original.length; i++) if (table[nt.original.charCodeAt(i)]) return true;
  return false;
}

/** Map a [start, end) span of the normalised view back to the original text. */
export function toOriginal(nt: NormalizedText, start: number, end: number): [number, number] {
  if (end <= start) {
    const p = nt.map[start] ?? nt.original.length;
    return [p, p];
  }
  return [nt.map[start]!, nt.map[end - 1]! + 1];
}
