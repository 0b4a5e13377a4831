// Stage 1, structure: header fields, title, author, number, date, addressees, the proposal a
// reply answers, genre, the document's region, sentences and clauses. Dates come from the header,
// a dateline or the signature only, never from a date quoted in the body.
import { ADDRESSEE_RE, GENRE_CUES, HEADER_FIELDS, NUMBER_RE, ORG_ADDRESSEE_RE } from '../patterns/structure.js';
import type { Clause, Doc, DocMeta, Genre, Range } from './doc.js';
import { regionOf } from './region.js';

const FULL_DATE_RE = /(\d{4})年(\d{1,2})月(\d{1,2})日/;
const ISO_DATE_RE = /(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/;
const LABEL_ALT = Object.keys(HEADER_FIELDS)
  .sort((a, b) => b.length - a.length)
  .map((l) => l.replace('/', '\\/'))
  .join('|');
// a label opens a field after a separator, or anywhere when a colon follows it (发文单位:…成文日期:…)
const LABEL_RE = new RegExp(`(?:^|[\\s\\[【\\-|])(${LABEL_ALT})[\\]】]?[：:]?|(${LABEL_ALT})[：:]`, 'g');
const AGENCY_LINE_RE =
  /^(?:中共)?[\u4e00-\u9fff]{2,30}(?:厅|局|委员会|委|办公厅|办公室|办|政府|法院|检察院|中心|常委会|部|院|支行|分行|总队|公司)$/;
const SESSION_RE = /((?:省|市|县|区|州|全国)?(?:第?[一二三四五六七八九十]+届)(?:人大|政协)(?:第?[一二三四五六七八九十]+次)会议)/;
const PROPOSAL_NO_RE = /第([0-9]{1,10})号(建议|提案|议案)/;

interface Line {
  text: string;
  start: number;
}

function pad(n: string): string {
  return n.length < 2 ? `0${n}` : n;
}
function dateOf(s: string): string | undefined {
  const m = ISO_DATE_RE.exec(s) ?? FULL_DATE_RE.exec(s);
  if (!m) return undefined;
  const [mo, d] = [Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  return `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
}

function linesOf(text: string, from: number, to: number): Line[] {
  const out: Line[] = [];
  let s = from;
  while (s < to) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > to) e = to;
    const raw = text.slice(s, e);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) out.push({ text: trimmed, start: s + lead });
    s = e + 1;
  }
  return out;
}

/** Header-table fields of the head: label → value (first occurrence wins). */
export function headerFields(head: Line[]): Map<string, { value: string; start: number }> {
  const fields = new Map<string, { value: string; start: number }>();
  for (const line of head) {
    const hits: { field: string; labelEnd: number; at: number }[] = [];
    LABEL_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = LABEL_RE.exec(line.text))) hits.push({ field: HEADER_FIELDS[(m[1] ?? m[2])!]!, labelEnd: m.index + m[0].length, at: m.index });
    hits.forEach((h, k) => {
      const end = k + 1 < hits.length ? hits[k + 1]!.at : line.text.length;
      const rawValue = line.text.slice(h.labelEnd, end);
      const value = rawValue.replace(/^[\s\]】：:]+|[\s\[【|\-]+$/g, '');
      if (value && h.field !== 'ignore' && !fields.has(h.field))
        fields.set(h.field, { value, start: line.start + h.labelEnd + (rawValue.length - rawValue.trimStart().length) });
    });
  }
  return fields;
}

function cleanSource(v: string): string {
  return v.split(/[\s·_|]|作者|编辑/)[0]!.replace(/[：:]$/, '');
}

function findTitle(head: Line[], fields: Map<string, { value: string }>): string | undefined {
  const field = fields.get('title')?.value;
  if (field) return field;
  const reply = head.findIndex((l, k) => k < 15 && /(?:答复|复函|的回复|的函)$/.test(l.text));
  if (reply >= 0) {
    let title = head[reply]!.text;
    for (let k = reply - 1; k >= 0 && title.length < 60; k--) {
      const l = head[k]!.text;
      if (NUMBER_RE.test(l) || AGENCY_LINE_RE.test(l) || !/^(?:对|关于)|(?:的|号|建议|提案)$/.test(l)) break;
      title = l + title;
    }
    return title;
  }
  for (const l of head.slice(0, 8)) {
    const t = l.text;
    if (t.length < 6 || /^[-\[【A-Za-z\d（(□第]/.test(t) || LABEL_RE.test(t) || /公开|来源|作者|讯[（(]|>/.test(t)) {
      LABEL_RE.lastIndex = 0;
      continue;
    }
    LABEL_RE.lastIndex = 0;
    if (dateOf(t) && t.length < 24) continue;
    // a title that wraps over two short lines (关于开展…\n…的通知)
    const next = head[head.indexOf(l) + 1]?.text;
    if (next && /^关于/.test(t) && !/[。，]/.test(t + next) && /(?:通知|方案|意见|决定|公告|通告)$/.test(next)) return t + next;
    return t.replace(/^原标题[：:]/, '');
  }
  return undefined;
}

function findDate(head: Line[], tail: Line[], fields: Map<string, { value: string }>): string | undefined {
  const field = fields.get('date')?.value;
  if (field && dateOf(field)) return dateOf(field);
  // signature: a line that is only a date, near the end
  for (const l of [...tail].reverse()) if (dateOf(l.text) && l.text.length <= 12) return dateOf(l.text);
  // dateline: a short head line holding a date, or a source line (来源：… 2022-09-26 21:00)
  for (const l of head.slice(0, 8)) {
    const d = dateOf(l.text);
    if (d && ((l.text.length <= 40 && !/[。，]/.test(l.text)) || /来源|发布|作者|编辑/.test(l.text))) return d;
  }
  return undefined;
}

function findAuthor(text: string, head: Line[], tail: Line[], fields: Map<string, { value: string; start: number }>): DocMeta['authorSpan'] & { name: string } | undefined {
  const at = (name: string, from: number) => ({ name, start: text.indexOf(name, from), end: text.indexOf(name, from) + name.length });
  const f = fields.get('author');
  if (f) return at(f.value, f.start);
  // signature: the agency line before the closing date
  for (let k = tail.length - 1; k > 0; k--) {
    if (dateOf(tail[k]!.text) && tail[k]!.text.length <= 12 && AGENCY_LINE_RE.test(tail[k - 1]!.text)) return at(tail[k - 1]!.text, tail[k - 1]!.start);
  }
  for (const l of head.slice(0, 6)) if (AGENCY_LINE_RE.test(l.text) && l.text.length <= 20) return at(l.text, l.start);
  // a newsletter's editor line (浙江省人大常委会办公厅编)
  for (const l of head.slice(0, 8)) if (/编$/.test(l.text) && AGENCY_LINE_RE.test(l.text.slice(0, -1))) return at(l.text.slice(0, -1), l.start);
  const src = fields.get('source');
  if (src) {
    const name = cleanSource(src.value);
    if (AGENCY_LINE_RE.test(name)) return at(name, src.start);
  }
  return undefined;
}

function findGenre(title: string, head: string, meta: DocMeta): Genre {
  for (const cue of GENRE_CUES) {
    if (cue.title?.test(title) || cue.head?.test(head)) {
      if ((cue.genre === 'reply_to_proposal' || cue.genre === 'reply_to_suggestion') && !meta.answers && !/答复|复函|的函|回复|办理/.test(title + head)) continue;
      return cue.genre;
    }
  }
  return 'other';
}

function findAnswers(headText: string, addressees: string[]): DocMeta['answers'] {
  const pm = PROPOSAL_NO_RE.exec(headText);
  if (!pm || !/答复|复函|收悉|办理/.test(headText)) return undefined;
  // the title stands right after one of the number's occurrences (第0123号建议暨《…》) or right before it
  let title: string | undefined;
  for (let i = headText.indexOf(pm[0]); i >= 0 && !title; i = headText.indexOf(pm[0], i + 1)) {
    const after = headText.slice(i + pm[0].length, i + pm[0].length + 90);
    const before = headText.slice(Math.max(0, i - 90), i);
    title = /^[暨：:]?《([^》]{2,80})》/.exec(after)?.[1] ?? /《([^》]{2,80})》[（(]?$/.exec(before)?.[1];
  }
  return { number: pm[0], ...(title ? { title } : {}), proposers: [...addressees] };
}

/** Sentences end at 。！？； or a line break; clauses also at ，：. */
export function splitSentences(text: string): { sentences: Range[]; clauses: Clause[] } {
  const sentences: Range[] = [];
  const clauses: Clause[] = [];
  let s = 0;
  let c = 0;
  let depth = 0; // inside “…” or 《…》 a comma does not end a clause
  for (let i = 0; i <= text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '“' || ch === '《') depth++;
    else if ((ch === '”' || ch === '》') && depth > 0) depth--;
    const sentenceEnd = i === text.length || '。！？；\n'.includes(ch);
    if (sentenceEnd || (depth === 0 && '，：'.includes(ch))) {
      if (i > c) clauses.push({ start: c, end: i, sentence: sentences.length });
      c = i + 1;
    }
    if (sentenceEnd) {
      if (i > s) sentences.push({ start: s, end: i });
      else if (clauses.length && clauses[clauses.length - 1]!.sentence === sentences.length) clauses.pop();
      s = i + 1;
      depth = 0;
    }
  }
  return { sentences, clauses };
}

export function structure(doc: Doc): void {
  const text = doc.text;
  const headEnd = Math.min(text.length, 1500);
  const head = linesOf(text, 0, headEnd).slice(0, 25);
  const tail = linesOf(text, Math.max(0, text.length - 600), text.length).slice(-12);
  const fields = headerFields(head);
  const headText = head.map((l) => l.text).join('\n');
  const meta: DocMeta = { genre: 'other', addressees: [], region: {} };
  const number = fields.get('number')?.value ?? head.slice(0, 15).map((l) => NUMBER_RE.exec(l.text)?.[0]).find(Boolean);
  const nm = number ? NUMBER_RE.exec(number) : null;
  if (nm) meta.number = `${nm[1]}〔${nm[2]}〕${nm[3]}号`;
  meta.title = findTitle(head, fields);
  meta.date = findDate(head, tail, fields);
  const author = findAuthor(text, head, tail, fields);
  if (author) {
    meta.author = author.name;
    if (author.start >= 0) meta.authorSpan = { start: author.start, end: author.end };
  }
  for (const l of head) {
    const m = ADDRESSEE_RE.exec(l.text) ?? ORG_ADDRESSEE_RE.exec(l.text);
    if (m) {
      meta.addressees = m[1]!.split('、').filter(Boolean);
      break;
    }
  }
  meta.answers = findAnswers(headText, meta.addressees);
  meta.session = SESSION_RE.exec(headText)?.[1];
  meta.genre = findGenre(meta.title ?? '', headText, meta);
  meta.region = regionOf(text, meta);
  doc.meta = meta;
  const { sentences, clauses } = splitSentences(text);
  doc.sentences = sentences;
  doc.clauses = clauses;
}
