import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** One page of a PDF: its size in points and the text drawn on it, in reading order. */
export interface PdfPage {
  width: number;
  height: number;
  text: string;
}

/**
 * The text of a PDF page by page, read by pdf.js (the reader Firefox uses): text runs are joined as they sit on
 * the page, so a word whose letters come from two font files (Latin and Vietnamese subsets) reads as one word.
 */
export async function pdfText(bytes: Buffer): Promise<{ text: string; pages: PdfPage[] }> {
  const document = await getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, useSystemFonts: false }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const { width, height } = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const text = content.items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      pages.push({ width: Math.round(width * 100) / 100, height: Math.round(height * 100) / 100, text });
    }
    return { text: pages.map((page) => page.text).join('\n'), pages };
  } finally {
    await document.destroy();
  }
}

/** Text with every run of white space made one space, to compare with what a page shows. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');

/** The fonts a PDF draws with, as named in it ("ABCDEF+DejaVuSans": a subset embedded in the file). */
export function pdfFonts(bytes: Buffer): string[] {
  const names = [...bytes.toString('latin1').matchAll(/\/BaseFont\s*\/([^\s/<>[\]()]+)/g)].map((match) => match[1]!);
  return [...new Set(names)].sort();
}
