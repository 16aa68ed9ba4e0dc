import { describe, expect, it } from 'vitest';
import { textEm, textLines } from '../../../client/src/features/timeline/model/text-lines.js';

describe('textLines', () => {
  it('keeps a short text on one line, and never answers less than one', () => {
    expect(textLines({ text: 'Quy chế', widthPx: 200, fontPx: 10 })).toBe(1);
    expect(textLines({ text: '', widthPx: 200, fontPx: 10 })).toBe(1);
  });

  it('wraps at spaces: a word that does not fit starts the next line', () => {
    const word = 'dịch';
    const width = textEm({ text: `${word} ${word}` }) * 10;
    expect(textLines({ text: `${word} ${word}`, widthPx: width, fontPx: 10 })).toBe(1);
    expect(textLines({ text: `${word} ${word} ${word}`, widthPx: width, fontPx: 10 })).toBe(2);
  });

  it('breaks a word longer than a line over as many lines as it needs', () => {
    const word = 'a'.repeat(30);
    const width = textEm({ text: 'a'.repeat(10) }) * 10;
    expect(textLines({ text: word, widthPx: width, fontPx: 10 })).toBe(3);
    expect(textLines({ text: `ab ${word}`, widthPx: width, fontPx: 10 })).toBe(4);
  });

  it('counts precomposed and decomposed Vietnamese alike, capitals wider than small letters', () => {
    expect(textEm({ text: 'Việt Nam' })).toBeCloseTo(textEm({ text: 'Việt Nam'.normalize('NFD') }), 9);
    expect(textEm({ text: 'ĐƯỜNG' })).toBeGreaterThan(textEm({ text: 'đường' }));
  });
});
