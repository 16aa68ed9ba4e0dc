import { LIMITS } from '@lotrinh/shared';
import { describe, expect, it } from 'vitest';
import { linkDraftOf, validateLinkEdit } from '../../../client/src/features/timeline/model/link-edit.js';

const link = { type: 'FINISH_TO_START' as const, lagDays: 2 };

describe('the link form', () => {
  it('starts from the link, and saves a new kind or lag, or nothing when both stay', () => {
    const draft = linkDraftOf({ link });
    expect(draft).toEqual({ type: 'FINISH_TO_START', lag: '2' });
    expect(validateLinkEdit({ draft, link })).toEqual({ error: null, change: null });
    expect(validateLinkEdit({ draft: { ...draft, type: 'FINISH_TO_FINISH' }, link })).toEqual({
      error: null,
      change: { type: 'FINISH_TO_FINISH', lagDays: 2 },
    });
    expect(validateLinkEdit({ draft: { ...draft, lag: ' -5 ' }, link }).change).toEqual({ type: 'FINISH_TO_START', lagDays: -5 });
    expect(validateLinkEdit({ draft: { ...draft, lag: '−5' }, link }).change).toEqual({ type: 'FINISH_TO_START', lagDays: -5 });
    expect(validateLinkEdit({ draft: { ...draft, lag: '' }, link }).change).toEqual({ type: 'FINISH_TO_START', lagDays: 0 });
  });

  it('refuses what the server refuses: a fraction, text, or more than the shared limit either way', () => {
    for (const lag of ['1.5', 'abc', String(LIMITS.lagDaysMax + 1), String(-LIMITS.lagDaysMax - 1)]) {
      expect(validateLinkEdit({ draft: { type: 'FINISH_TO_START', lag }, link }), lag).toEqual({
        error: 'timeline.link.error.lag',
        change: null,
      });
    }
    expect(validateLinkEdit({ draft: { type: 'FINISH_TO_START', lag: String(-LIMITS.lagDaysMax) }, link }).change).toEqual({
      type: 'FINISH_TO_START',
      lagDays: -LIMITS.lagDaysMax,
    });
  });
});
