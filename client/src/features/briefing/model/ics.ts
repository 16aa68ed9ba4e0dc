import type { LocalDate } from '@lotrinh/shared';
import { addDays } from '@lotrinh/shared';

export interface DeadlineEvent {
  /** Stable id of the task (becomes the event's UID). */
  id: string;
  title: string;
  due: LocalDate;
  /** Extra lines for the description (lead unit, status, plan …), already worded. */
  details: readonly string[];
}

export interface CalendarOptions {
  /** The calendar's name (X-WR-CALNAME). */
  name: string;
  /** When the file is made, UTC, `YYYYMMDDTHHMMSSZ` (DTSTAMP). */
  stamp: string;
  /** Prefix of each event's summary, e.g. "Hạn: ". */
  summaryPrefix: string;
  /** Domain part of each UID. */
  uidDomain?: string;
}

/** TEXT escaping of RFC 5545 §3.3.11: backslash, semicolon, comma and newlines. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function basicDate(date: LocalDate): string {
  return date.replace(/-/g, '');
}

/** An iCalendar file with one all-day VEVENT per deadline (DTSTART the due day, DTEND the day after). */
export function deadlinesCalendar(events: readonly DeadlineEvent[], options: CalendarOptions): string {
  const domain = options.uidDomain ?? 'lotrinh.bvhttdl';
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Lo trinh//Bo VHTTDL//VI',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.name)}`,
  ];
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.id.replace(/[^A-Za-z0-9:._-]/g, '-')}@${domain}`,
      `DTSTAMP:${options.stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(event.due)}`,
      `DTEND;VALUE=DATE:${basicDate(addDays(event.due, 1))}`,
      `SUMMARY:${escapeText(options.summaryPrefix + event.title)}`,
      ...(event.details.length > 0 ? [`DESCRIPTION:${escapeText(event.details.join('\n'))}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A UTC instant as DTSTAMP wants it: `YYYYMMDDTHHMMSSZ`. */
export function icsStamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
