/**
 * Widths of characters in em, taken a little above those of DejaVu Sans, the widest of the fonts a closed
 * network falls back to, so that an estimate is never short: a title given the room estimated here is
 * never clipped on paper (narrower fonts leave a little white space instead).
 */
const SPACE_EM = 0.33;
const NARROW_EM = 0.42;
const WIDE_EM = 0.99;
const CAPITAL_EM = 0.84;
const DEFAULT_EM = 0.66;
const NARROW = /[iìíỉĩịjlI.,:;!'’|()[\]/\-ftr]/;
const WIDE = /[mwMW%@]/;
/** Sums of ems are not exact: a word exactly a line wide must not count two. */
const EPSILON = 1e-9;

function charEm(char: string): number {
  if (char === ' ') return SPACE_EM;
  if (NARROW.test(char)) return NARROW_EM;
  if (WIDE.test(char)) return WIDE_EM;
  if (char !== char.toLowerCase()) return CAPITAL_EM;
  return DEFAULT_EM;
}

/** The width of `text` in ems, by the table above. */
export function textEm({ text }: { text: string }): number {
  let em = 0;
  for (const char of text.normalize('NFC')) em += charEm(char);
  return em;
}

/**
 * How many lines `text` takes in a column `widthPx` wide at `fontPx`, wrapped at spaces as a browser does,
 * a word longer than a line broken anywhere (the print style sheet says `overflow-wrap: anywhere`). At least 1.
 */
export function textLines({ text, widthPx, fontPx }: { text: string; widthPx: number; fontPx: number }): number {
  const lineEm = widthPx / fontPx;
  if (!(lineEm > 1)) return Math.max(1, text.length);
  const words = text.normalize('NFC').split(/\s+/).filter(Boolean);
  let lines = 1;
  let used = 0;
  for (const word of words) {
    const wordEm = textEm({ text: word });
    const needed = used === 0 ? wordEm : used + SPACE_EM + wordEm;
    if (needed <= lineEm + EPSILON) {
      used = needed;
      continue;
    }
    if (used > 0) lines += 1;
    // A word wider than a line fills whole lines and leaves the rest on the last one.
    const whole = Math.floor(wordEm / lineEm + EPSILON);
    const rest = wordEm - whole * lineEm;
    lines += rest > EPSILON ? whole : Math.max(0, whole - 1);
    used = rest > EPSILON ? rest : lineEm;
  }
  return lines;
}
