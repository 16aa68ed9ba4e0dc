import { makeLocalDate, yearOf, type LocalDate } from '@lotrinh/shared';
import { addMonths } from './calendar-step.js';
import { REPLAY_END, REPLAY_START } from './replay-range.js';

/** How playback moves: month by month, or (reduced motion) from one year's end to the next, with a pause. */
export type PlayMode = 'animate' | 'step';

/** Milliseconds between frames of each mode. */
export const PLAY_INTERVAL_MS: Record<PlayMode, number> = { animate: 350, step: 2000 };

/** Where playback starts: from the current day, or from the beginning when already at the end. */
export function playStart(current: LocalDate | null): LocalDate {
  return !current || current >= REPLAY_END ? REPLAY_START : current;
}

/** The next frame of playback, or null when the end of the span is reached. */
export function nextPlayDate({ current, mode }: { current: LocalDate; mode: PlayMode }): LocalDate | null {
  if (current >= REPLAY_END) return null;
  const yearEnd = makeLocalDate(yearOf(current), 12, 31);
  const next = mode === 'animate' ? addMonths(current, 1) : current < yearEnd ? yearEnd : makeLocalDate(yearOf(current) + 1, 12, 31);
  return next > REPLAY_END ? REPLAY_END : next;
}
