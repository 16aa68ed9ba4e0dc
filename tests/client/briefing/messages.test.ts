import { describe, expect, it } from 'vitest';
import { briefingMessages } from '../../../client/src/features/briefing/messages.js';
import { replayMessages } from '../../../client/src/features/replay/messages.js';
import { reportingMessages } from '../../../client/src/features/reporting/messages.js';
import { timelineMessages } from '../../../client/src/features/timeline/messages.js';

const tables = { briefing: briefingMessages, replay: replayMessages, reporting: reportingMessages, timeline: timelineMessages };

describe.each(Object.entries(tables))('the %s messages', (_, messages) => {
  it('have the same keys in Vietnamese and English, none empty', () => {
    expect(Object.keys(messages.en).sort()).toEqual(Object.keys(messages.vi).sort());
    for (const table of [messages.vi, messages.en]) for (const text of Object.values(table)) expect(text.trim()).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const names = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [key, text] of Object.entries(messages.vi)) expect(names(messages.en[key]!), key).toEqual(names(text));
  });
});
