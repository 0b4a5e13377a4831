// Date expressions resolved against the document date (今年4月24日, 5月10日, 去年11月底, 2021年12月31日).
import { CharSet, charsMatching, execInRuns } from './char-tables.js';

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Parse a small Chinese or Arabic number (十二, 3, 二十一). */
export function parseSmallNumber(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let cur = 0;
  for (const ch of s) {
    const v = CN_DIGITS[ch];
    if (v === undefined) return undefined;
    if (v === 10) {
      total += (cur || 1) * 10;
      cur = 0;
    } else cur = v;
  }
  return total + cur;
}

export const DATE_EXPR_RE =
  /(?:(\d{4})\s*年|(今年|去年|前年|明年|本年|当年))?\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日|(初|中旬|下旬|上旬|底|末|份))?|(\d{4})\s*年(?!\s*\d{1,2}\s*月)|(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/g;

/** Resolve one date expression to YYYY-MM-DD / YYYY-MM / YYYY using the document date for relative years. */
export function resolveDate(expr: string, docDate?: string): string | undefined {
  DATE_EXPR_RE.lastIndex = 0;
  const m = DATE_EXPR_RE.exec(expr);
  if (!m) return undefined;
  return fromMatch(m, docDate);
}

function fromMatch(m: RegExpExecArray, docDate?: string): string | undefined {
  const docYear = docDate ? Number(docDate.slice(0, 4)) : undefined;
  if (m[7]) return `${m[7]}-${pad(Number(m[8]))}-${pad(Number(m[9]))}`;
  if (m[6]) return m[6];
  let year: number | undefined;
  if (m[1]) year = Number(m[1]);
  else if (m[2]) {
    if (docYear === undefined) year = undefined;
    else year = m[2] === '去年' ? docYear - 1 : m[2] === '前年' ? docYear - 2 : m[2] === '明年' ? docYear + 1 : docYear;
  } else year = docYear;
  const month = Number(m[3]);
  if (!(month >= 1 && month <= 12)) return undefined;
  if (year === undefined) return undefined;
  if (m[4]) {
    const d = Number(m[4]);
    if (!(d >= 1 && d <= 31)) return undefined;
    return `${year}-${pad(month)}-${pad(d)}`;
  }
  return `${year}-${pad(month)}`;
}

export interface DateHit {
  start: number;
  end: number;
  value: string;
}

// Every character DATE_EXPR_RE can match (digits, whitespace, - / . and the CJK words in it), and
// the digit every match contains: lets findDates run the regex only around numbers.
const DATE_ALPHABET = charsMatching(/[\d\s\-/.年月日今去前明本当初中下上旬底末份]/);
const DATE_KEY = new CharSet('0123456789');

/** All date expressions in a text, resolved. */
export function findDates(text: string, docDate?: string): DateHit[] {
  const out: DateHit[] = [];
  execInRuns(text, DATE_EXPR_RE, DATE_ALPHABET, DATE_KEY, (m) => {
    const v = fromMatch(m, docDate);
    if (v) out.push({ start: m.index, end: m.index + m[0].length, value: v });
  });
  return out;
}
