// Document metadata: title, issuing agency, document number, date, addressees, genre and the
// proposal a reply answers. Works on the normalised view (spaces inside CJK already removed).
import type { ProposalRef } from './model.js';
import { PROVINCE_BY_ABBR, PROVINCES, CITY_TO_PROVINCE } from './lexicon.js';

export type Genre =
  | 'reply_to_suggestion'
  | 'reply_to_proposal'
  | 'congress_newsletter'
  | 'news_report'
  | 'resolution'
  | 'other';

export interface DocumentMeta {
  title?: string;
  author?: string;
  number?: string;
  date?: string;
  genre: Genre;
  addressees: string[];
  answers?: ProposalRef;
  /** Session the answered proposal was filed at (省十三届人大五次会议). */
  session?: string;
  /** Province short name (湖南) and city (长沙) the author belongs to, for scoping short names. */
  province?: string;
  city?: string;
}

const NUMBER_RE = /([\u4e00-\u9fff]{1,12})[〔［\[【（(](\d{4})[〕］\]】）)](?:第\s*)?(\d{1,5})\s*号/;
// The bracketed year every NUMBER_RE match contains: a cheap test before the backtracking one.
const NUMBER_YEAR_RE = /[〔［\[【（(]\d{4}[〕］\]】）)]/;
function hasNumber(l: string): boolean {
  return NUMBER_YEAR_RE.test(l) && NUMBER_RE.test(l);
}
const FULL_DATE_RE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;
const ISO_DATE_RE = /(\d{4})-(\d{1,2})-(\d{1,2})/;
const AGENCY_LINE_RE =
  /^(?:中共)?[\u4e00-\u9fff]{2,30}(?:厅|局|委员会|委|办公厅|办公室|办|政府|人民政府|法院|检察院|中心|常委会|部|院|支行|公安分局|总队)$/;
const ADDRESSEE_RE = /^([\u4e00-\u9fff、·]{2,60}?)(代表|委员|同志)(?:们)?[：:]$/;

/** Cities grouped by first character, in CITY_TO_PROVINCE order (no walk over all cities per document). */
const CITIES_BY_FIRST = (() => {
  const m = new Map<string, [string, string][]>();
  for (const [c, p] of CITY_TO_PROVINCE) {
    const k = c.charAt(0);
    const list = m.get(k);
    if (list) list.push([c, p]);
    else m.set(k, [[c, p]]);
  }
  return m;
})();

/** Whitespace other than line breaks (the \s set that trim() also strips). */
const INLINE_WS_RE = /[^\S\n]+/g;

/** Number of non-overlapping occurrences of `word` in `s` (same as s.split(word).length - 1). */
function countOccurrences(s: string, word: string): number {
  let n = 0;
  for (let i = s.indexOf(word); i >= 0; i = s.indexOf(word, i + word.length)) n++;
  return n;
}

/**
 * The 《title》 that follows the answered proposal number in the head: what
 * `new RegExp(`${number}(?:暨|：|:)?《([^》]{2,80})》`).exec(head)?.[1]` finds, without compiling a
 * regular expression per document.
 */
function titleAfterNumber(head: string, number: string): string | undefined {
  for (let i = head.indexOf(number); i >= 0; i = head.indexOf(number, i + 1)) {
    let q = i + number.length;
    const sep = head.charAt(q);
    if (sep === '暨' || sep === '：' || sep === ':') q++;
    if (head.charAt(q) !== '《') continue;
    const close = head.indexOf('》', q + 1);
    const len = close - (q + 1);
    if (close >= 0 && len >= 2 && len <= 80) return head.slice(q + 1, close);
  }
  return undefined;
}

function pad(n: number | string): string {
  const v = Number(n);
  return v < 10 ? `0${v}` : String(v);
}

export function extractMetadata(text: string): DocumentMeta {
  // only the head and the tail of a long document carry metadata
  const view = text.length > 8000 ? `${text.slice(0, 5000)}\n${text.slice(-2500)}` : text;
  // each line without any whitespace (one replace over the view instead of trim + replace per line)
  const lines = view.replace(INLINE_WS_RE, '').split('\n');
  const nonEmpty: { l: string; i: number }[] = lines.map((l, i) => ({ l, i })).filter((x) => x.l.length > 0);
  const L = (k: number): string => nonEmpty[k]?.l ?? '';
  const meta: DocumentMeta = { genre: 'other', addressees: [] };

  // number
  for (const { l } of nonEmpty.slice(0, 15)) {
    const m = NUMBER_YEAR_RE.test(l) ? NUMBER_RE.exec(l) : null;
    if (m && !/批准文号/.test(l)) {
      meta.number = `${m[1]}〔${m[2]}〕${m[3]}号`;
      break;
    }
  }

  // date: last line that is only a date (signature), else an ISO date or first full date in the header
  for (let k = nonEmpty.length - 1; k >= Math.max(0, nonEmpty.length - 12); k--) {
    const l = L(k);
    const m = FULL_DATE_RE.exec(l);
    if (m && l.length <= m[0].length + 2) {
      meta.date = `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
      break;
    }
  }
  if (!meta.date) {
    for (const { l } of nonEmpty.slice(0, 15)) {
      const m = ISO_DATE_RE.exec(l) ?? FULL_DATE_RE.exec(l);
      if (m) {
        meta.date = `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`;
        break;
      }
    }
  }

  // author: signature line before the date, else an agency-only line in the header, else 来源 / 编
  const dateIdx = meta.date ? nonEmpty.findIndex((x, k) => k >= nonEmpty.length - 12 && FULL_DATE_RE.test(x.l) && x.l.length <= 14) : -1;
  if (dateIdx > 0 && AGENCY_LINE_RE.test(L(dateIdx - 1))) meta.author = L(dateIdx - 1);
  if (!meta.author) {
    for (const { l } of nonEmpty.slice(0, 6)) {
      if (AGENCY_LINE_RE.test(l) && l.length <= 20) {
        meta.author = l;
        break;
      }
    }
  }
  if (!meta.author) {
    for (const { l } of nonEmpty.slice(-8)) {
      if (AGENCY_LINE_RE.test(l) && l.length <= 20) meta.author = l;
    }
  }
  if (!meta.author) {
    for (const { l } of nonEmpty.slice(0, 15)) {
      const m = /^([\u4e00-\u9fff]{4,30}(?:委员会|厅|局|办公室|中心))编$/.exec(l) ?? /来源[：:]([\u4e00-\u9fff]{3,20}?)(?:作者|编辑|$)/.exec(l);
      if (m) {
        meta.author = m[1]!;
        break;
      }
    }
  }

  // title
  const replyIdx = nonEmpty.findIndex((x, k) => k < 15 && /(?:答复|复函|的回复)$/.test(x.l));
  if (replyIdx >= 0) {
    let title = L(replyIdx);
    let k = replyIdx - 1;
    while (k >= 0 && title.length < 60 && !hasNumber(L(k)) && !AGENCY_LINE_RE.test(L(k)) && !/公开/.test(L(k))) {
      if (/^(?:对|关于)/.test(L(k)) || /(?:的|号|建议|提案)$/.test(L(k))) {
        title = L(k) + title;
        k--;
      } else break;
    }
    meta.title = title;
  } else {
    for (const { l } of nonEmpty.slice(0, 20)) {
      if (l.length < 8 || /^[A-Za-z\d（()）第总期]/.test(l) || />/.test(l) || /公开|来源|作者/.test(l)) continue;
      if (FULL_DATE_RE.test(l) && l.length < 16) continue;
      if (/编$/.test(l)) continue;
      meta.title = l;
      break;
    }
  }

  // addressees
  for (const { l } of nonEmpty.slice(0, 20)) {
    const m = ADDRESSEE_RE.exec(l);
    if (m) {
      meta.addressees = m[1]!.split('、').filter(Boolean);
      break;
    }
  }

  // proposal answered
  const head = nonEmpty.slice(0, 25).map((x) => x.l).join('');
  const pm = /第([0-9]{1,10})号(建议|提案|议案)/.exec(head);
  if (pm && (replyIdx >= 0 || /答复/.test(head))) {
    const ref: ProposalRef = { number: pm[0], proposers: [...meta.addressees] };
    const title = titleAfterNumber(head, pm[0]);
    if (title !== undefined) ref.title = title;
    meta.answers = ref;
    const sm = /((?:省|市|县|区|全国)?(?:第?[一二三四五六七八九十]+届)(?:人大|政协)[一二三四五六七八九十]+次会议)/.exec(head);
    if (sm) meta.session = sm[1]!;
  }

  // genre
  const all = view.slice(0, 3000);
  if (meta.answers?.number?.endsWith('提案') || /提案复字|提案的答复/.test(head)) meta.genre = 'reply_to_proposal';
  else if (meta.answers || /建议复字|建议的答复|议案的答复/.test(head)) meta.genre = 'reply_to_suggestion';
  else if (/联络动态|人大工作通讯|工作简报|第\d+期|编$/m.test(nonEmpty.slice(0, 10).map((x) => x.l).join('\n'))) meta.genre = 'congress_newsletter';
  else if (/来源[：:]|作者[：:]|编辑[：:]|记者/.test(all)) meta.genre = 'news_report';
  else if (/(?:决议|决定)$/.test(meta.title ?? '')) meta.genre = 'resolution';

  // province / city scope
  // The author's name, else a title that opens with the issuing body (广东省人大常委会关于…的报告).
  const scopeSrc = meta.author ?? meta.title ?? '';
  for (const p of PROVINCES) if (scopeSrc.startsWith(p.short)) meta.province = p.short;
  for (const [c, p] of CITIES_BY_FIRST.get(scopeSrc.charAt(0)) ?? []) {
    if (scopeSrc.startsWith(c)) {
      meta.city = c;
      meta.province ??= p;
    }
  }
  if (!meta.province && meta.number) {
    const ab = PROVINCE_BY_ABBR.get(meta.number.charAt(0));
    if (ab) meta.province = ab.short;
  }
  if (!meta.province) {
    // most frequent province short name in the text head
    let best: string | undefined;
    let bestN = 0;
    for (const p of PROVINCES) {
      const n = countOccurrences(all, p.short);
      if (n > bestN) {
        best = p.short;
        bestN = n;
      }
    }
    if (bestN >= 2) meta.province = best;
  }
  return meta;
}
