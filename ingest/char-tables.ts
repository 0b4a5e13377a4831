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
