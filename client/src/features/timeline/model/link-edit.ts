import { LIMITS } from '@lotrinh/shared';
import type { TaskLink } from './link.js';
import type { LinkSettings } from './types.js';

/** A dependency's kind and lag as the link form holds them. */
export interface LinkDraft {
  type: LinkSettings['type'];
  lag: string;
}

export function linkDraftOf({ link }: { link: Pick<TaskLink, 'type' | 'lagDays'> }): LinkDraft {
  return { type: link.type, lag: String(link.lagDays) };
}

/**
 * The form's new kind and lag, checked as the server checks them (a whole number of days within
 * ±LIMITS.lagDaysMax; an empty lag is none): an error's message key, or the settings to save, null when
 * they are the link's own.
 */
export function validateLinkEdit({ draft, link }: { draft: LinkDraft; link: Pick<TaskLink, 'type' | 'lagDays'> }): {
  error: string | null;
  change: LinkSettings | null;
} {
  const text = draft.lag.trim().replace('−', '-');
  const lagDays = text === '' ? 0 : Number(text);
  if (!Number.isInteger(lagDays) || Math.abs(lagDays) > LIMITS.lagDaysMax) return { error: 'timeline.link.error.lag', change: null };
  if (draft.type === link.type && lagDays === link.lagDays) return { error: null, change: null };
  return { error: null, change: { type: draft.type, lagDays } };
}
