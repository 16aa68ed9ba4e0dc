import { describe, expect, it } from 'vitest';
import { columnName, xlsxWorkbook } from '../../../client/src/features/briefing/model/xlsx.js';
import { crc32, zipStore } from '../../../client/src/features/briefing/model/zip-store.js';

/** Reads a stored zip back through its central directory, as a spreadsheet program does. */
function readZip(bytes: Uint8Array): Map<string, string> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length - 22;
  expect(view.getUint32(end, true)).toBe(0x06054b50);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const files = new Map<string, string>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    expect(view.getUint32(at, true)).toBe(0x02014b50);
    const crc = view.getUint32(at + 16, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const offset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    expect(view.getUint32(offset, true)).toBe(0x04034b50);
    const localNameLength = view.getUint16(offset + 26, true);
    const data = bytes.subarray(offset + 30 + localNameLength, offset + 30 + localNameLength + size);
    expect(crc32(data)).toBe(crc);
    files.set(name, decoder.decode(data));
    at += 46 + nameLength;
  }
  return files;
}

describe('XLSX without a library', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('names columns A … Z, AA …', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('writes a zip whose entries read back intact', () => {
    const files = readZip(
      zipStore([
        { name: 'a.txt', data: new TextEncoder().encode('Bộ VHTTDL') },
        { name: 'b/c.xml', data: new Uint8Array() },
      ]),
    );
    expect([...files.entries()]).toEqual([
      ['a.txt', 'Bộ VHTTDL'],
      ['b/c.xml', ''],
    ]);
  });

  it('holds the parts of a workbook and the rows, Vietnamese text and numbers intact, special characters escaped', () => {
    const files = readZip(
      xlsxWorkbook({
        name: 'Nhiệm vụ',
        columns: ['Mã', 'Nhiệm vụ', 'Tiến độ (%)'],
        rows: [
          ['Task:12', 'Chuyển đổi số <2022> & “dữ liệu”', 40],
          ['Task:13', null, null],
        ],
      }),
    );
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
    ]);
    expect(files.get('xl/workbook.xml')).toContain('<sheet name="Nhiệm vụ" sheetId="1" r:id="rId1"/>');
    const sheet = files.get('xl/worksheets/sheet1.xml')!;
    expect(sheet).toContain('<c r="B1" t="inlineStr" s="1"><is><t xml:space="preserve">Nhiệm vụ</t></is></c>');
    expect(sheet).toContain('<t xml:space="preserve">Chuyển đổi số &lt;2022&gt; &amp; “dữ liệu”</t>');
    expect(sheet).toContain('<c r="C2"><v>40</v></c>');
    expect(sheet).toContain('<row r="3"><c r="A3" t="inlineStr"><is><t xml:space="preserve">Task:13</t></is></c></row>');
  });
});
