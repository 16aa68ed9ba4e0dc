import { inflateSync } from 'node:zlib';

/** One page of a PDF: its size in points and the text drawn on it, in drawing order. */
export interface PdfPage {
  width: number;
  height: number;
  text: string;
}

interface PdfObject {
  dict: string;
  data: Buffer | null;
}

function readObjects(bytes: Buffer): Map<number, PdfObject> {
  const source = bytes.toString('latin1');
  const objects = new Map<number, PdfObject>();
  for (const match of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2]!;
    const at = body.indexOf('stream');
    if (at < 0) {
      objects.set(Number(match[1]), { dict: body, data: null });
      continue;
    }
    const dict = body.slice(0, at);
    let start = match.index! + match[0].indexOf('stream') + 6;
    if (source[start] === '\r') start++;
    if (source[start] === '\n') start++;
    const raw = bytes.subarray(start, start + Number(/\/Length (\d+)/.exec(dict)?.[1]));
    objects.set(Number(match[1]), { dict, data: /FlateDecode/.test(dict) ? inflateSync(raw) : raw });
  }
  return objects;
}

const ref = (dict: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(dict)?.[1]);

function toUnicode(data: Buffer): Map<number, string> {
  const map = new Map<number, string>();
  const text = data.toString('latin1');
  const utf16 = (hex: string) => Buffer.from(hex, 'hex').swap16().toString('utf16le');
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, glyph, chars] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(glyph!, 16), utf16(chars!));
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, from, to, first] of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      for (let glyph = parseInt(from!, 16); glyph <= parseInt(to!, 16); glyph++)
        map.set(glyph, String.fromCodePoint(parseInt(first!, 16) + glyph - parseInt(from!, 16)));
  return map;
}

/** The page objects in reading order, from the page tree (`/Pages` nodes with their `/Kids`). */
function pageIds(objects: Map<number, PdfObject>): number[] {
  const catalog = [...objects.values()].find((object) => /\/Type \/Catalog\b/.test(object.dict));
  const walk = (id: number): number[] => {
    const dict = objects.get(id)?.dict ?? '';
    if (!/\/Type \/Pages\b/.test(dict)) return [id];
    const kids = /\/Kids \[([^\]]*)\]/.exec(dict)?.[1] ?? '';
    return [...kids.matchAll(/(\d+) 0 R/g)].flatMap(([, kid]) => walk(Number(kid)));
  };
  return catalog ? walk(ref(catalog.dict, 'Pages')) : [];
}

function pageText(objects: Map<number, PdfObject>, page: PdfObject): string {
  const resources = ref(page.dict, 'Resources') ? objects.get(ref(page.dict, 'Resources'))!.dict : page.dict;
  const fontEntries = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
  const fonts = new Map(
    [...fontEntries.matchAll(/\/(\S+) (\d+) 0 R/g)].map(([, name, id]) => {
      const unicode = ref(objects.get(Number(id))!.dict, 'ToUnicode');
      return [name!, unicode ? toUnicode(objects.get(unicode)!.data!) : new Map<number, string>()];
    }),
  );
  let font = new Map<number, string>();
  let text = '';
  const content = objects.get(ref(page.dict, 'Contents'))!.data!.toString('latin1');
  for (const op of content.matchAll(/\/(\S+) [\d.]+ Tf|(<[0-9A-Fa-f]*>|\[[^\]]*\])\s*T[jJ]|(T\*|ET)/g)) {
    if (op[1]) font = fonts.get(op[1]) ?? new Map();
    else if (op[2])
      for (const [, hex] of op[2].matchAll(/<([0-9A-Fa-f]*)>/g))
        for (let i = 0; i < hex!.length; i += 4) text += font.get(parseInt(hex!.slice(i, i + 4), 16)) ?? '';
    else text += '\n';
  }
  return text;
}

/**
 * The text of a PDF as Chromium (Skia) writes it, by a small extractor: inflate the streams, read each
 * font's ToUnicode map, and decode the glyph strings of each page's content in order, page by page.
 */
export function pdfText(bytes: Buffer): { text: string; pages: PdfPage[] } {
  const objects = readObjects(bytes);
  const pages = pageIds(objects).map((id): PdfPage => {
    const page = objects.get(id)!;
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(page.dict);
    return { width: Number(box?.[1]), height: Number(box?.[2]), text: pageText(objects, page) };
  });
  return { text: pages.map((page) => page.text).join('\n'), pages };
}

/** Text with every run of white space made one space, to compare with what a page shows. */
export const flat = (text: string) => text.replace(/\s+/g, ' ');
