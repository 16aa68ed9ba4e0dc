import { describe, expect, it } from 'vitest';
import { deadlinesCalendar, escapeText, foldLine, icsStamp } from '../../../client/src/features/briefing/model/ics.js';

const options = { name: 'Hạn hoàn thành — Lộ trình', stamp: '20261123T080000Z', summaryPrefix: 'Hạn: ' };

describe('deadlines as iCalendar', () => {
  const text = deadlinesCalendar(
    [
      {
        id: 'Task:12',
        title: 'Thông báo kết luận; giao TTCNTT, TCCB',
        due: '2013-11-10',
        details: ['Đơn vị chủ trì: TCCB', 'Tình trạng: Quá hạn'],
      },
      { id: 'Task:15', title: 'Hoàn tất các nhiệm vụ năm 2013', due: '2013-12-31', details: [] },
      { id: 'Task:99', title: 'Ngày nhuận', due: '2020-02-28', details: [] },
    ],
    options,
  );
  const lines = text.split('\r\n');

  it('is a VCALENDAR with CRLF line ends and one all-day VEVENT per deadline', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(3);
    expect(lines).toContain('DTSTART;VALUE=DATE:20131110');
    expect(lines).toContain('DTEND;VALUE=DATE:20131111');
  });

  it('ends each all-day event on the next day, across a year end and a leap day', () => {
    expect(lines).toContain('DTEND;VALUE=DATE:20140101');
    expect(lines).toContain('DTEND;VALUE=DATE:20200229');
  });

  it('escapes commas and semicolons and keeps the Vietnamese text', () => {
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Hạn: Thông báo kết luận\\; giao TTCNTT\\, TCCB');
    expect(unfolded).toContain('DESCRIPTION:Đơn vị chủ trì: TCCB\\nTình trạng: Quá hạn');
    expect(unfolded).toContain('UID:Task:12@lotrinh.bvhttdl');
    expect(unfolded).toContain('DTSTAMP:20261123T080000Z');
  });

  it('escapes backslashes and newlines', () => {
    expect(escapeText('a\\b\nc')).toBe('a\\\\b\\nc');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'ệ'.repeat(60)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const [i, part] of parts.entries()) expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(i === 0 ? 75 : 75);
    expect(parts.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
  });

  it('writes the stamp in UTC basic format', () => {
    expect(icsStamp(new Date(Date.UTC(2026, 10, 23, 7, 5, 9, 123)))).toBe('20261123T070509Z');
  });
});
