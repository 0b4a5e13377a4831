// Lookup tables keyed by UTF-16 code unit for the hot per-character scanners. Indexing a typed
// array with `charCodeAt` avoids allocating a one-character string (CJK characters are not in
// V8's single-character cache) and hashing it into a Set or Map at every position of the text.

/** A set of characters as a bitmap over code units; `has(NaN)` (past the end of a text) is false. */
export class CharSet {
  private readonly bits = new Uint8Array(0x10000);
  constructor(chars: Iterable<string>) {
    for (const ch of chars) this.bits[ch.charCodeAt(0)] = 1;
  }
  has(code: number): boolean {
    return this.bits[code] === 1;
  }
}

/** Words grouped by one of their characters (first or last), each group in the given order. */
export class WordTable {
  private readonly slot = new Uint16Array(0x10000); // 0 = no words, else 1 + index into groups
  private readonly groups: string[][] = [];
  constructor(words: readonly string[], keyChar: 'first' | 'last') {
    for (const w of words) {
      const code = w.charCodeAt(keyChar === 'first' ? 0 : w.length - 1);
      let s = this.slot[code]!;
      if (!s) {
        this.groups.push([]);
        s = this.slot[code] = this.groups.length;
      }
      this.groups[s - 1]!.push(w);
    }
  }
  /** Words keyed by this code unit, or undefined. */
  get(code: number): readonly string[] | undefined {
    const s = this.slot[code];
    return s ? this.groups[s - 1] : undefined;
  }
}

/**
 * `t.lastIndexOf(ch, from)` that gives up below `min` (returns -1 there): callers only care about
 * a nearby hit, and an unbounded search back to the start of a long text made them quadratic.
 * As with lastIndexOf, a negative `from` is treated as 0.
 */
export function lastIndexOfWithin(t: string, code: number, from: number, min: number): number {
  for (let i = Math.min(Math.max(from, 0), t.length - 1); i >= min && i >= 0; i--) if (t.charCodeAt(i) === code) return i;
  return -1;
}

/**
 * `Math.max(t.lastIndexOf('。', from), t.lastIndexOf('\n', from))` in one backward pass that stops
 * at the nearest hit (two lastIndexOf calls each walk back to the start when one of the
 * characters is missing from the text).
 */
export function lastFullStopOrNewline(t: string, from: number): number {
  for (let i = Math.min(Math.max(from, 0), t.length - 1); i >= 0; i--) {
    const c = t.charCodeAt(i);
    if (c === 0x3002 || c === 0x0a) return i;
  }
  return -1;
}

/** The code units a one-character test accepts (e.g. /\s/ or a character class), as a CharSet. */
export function charsMatching(re: RegExp): CharSet {
  const chars: string[] = [];
  for (let c = 0; c < 0x10000; c++) {
    const ch = String.fromCharCode(c);
    if (re.test(ch)) chars.push(ch);
  }
  return new CharSet(chars);
}

/**
 * All matches of a global regex whose matches can only consist of `alphabet` characters and always
 * contain one of the `key` characters (a subset of the alphabet); the same matches, in the same
 * order, as `re.exec` over the whole text. The regex runs only over maximal runs of alphabet
 * characters that contain a key character, instead of being tried at every position of the text,
 * and the text is scanned for key characters only. Valid when the regex has no
 * anchors, no \b, no lookbehind, lookaheads only over alphabet characters, and cannot match the
 * empty string: then a match never crosses the end of a run and does not depend on what lies
 * outside it. `onMatch` gets the exec result with `index` relative to `t`.
 */
export function execInRuns(t: string, re: RegExp, alphabet: CharSet, key: CharSet, onMatch: (m: RegExpExecArray) => void): void {
  const n = t.length;
  for (let i = 0; i < n; i++) {
    // find a key character, then widen to the run of alphabet characters around it
    if (!key.has(t.charCodeAt(i))) continue;
    let start = i;
    while (start > 0 && alphabet.has(t.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < n && alphabet.has(t.charCodeAt(end))) end++;
    const run = t.slice(start, end);
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(run))) {
      m.index += start;
      onMatch(m);
    }
    i = end; // t[end] is outside the alphabet, so no later run starts before end + 1
  }
}

/**
 * `re.exec(t)` for a sticky (`y`) regex used like a global one (continuing from `re.lastIndex`),
 * when every match is non-empty and starts with a `first` character: the regex is only tried at
 * positions holding one. Big alternations with lookarounds give V8 no quick scan of their own, so
 * trying them at every position costs more than this table test. Same matches as the `g` version.
 */
export function execFromFirstChars(t: string, re: RegExp, first: CharSet): RegExpExecArray | null {
  const n = t.length;
  for (let i = re.lastIndex; i < n; i++) {
    if (!first.has(t.charCodeAt(i))) continue;
    re.lastIndex = i;
    const m = re.exec(t); // a sticky match leaves lastIndex at its end, a failure resets it to 0
    if (m) return m;
  }
  re.lastIndex = 0;
  return null;
}
