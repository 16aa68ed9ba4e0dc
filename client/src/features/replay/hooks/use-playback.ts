import type { LocalDate } from '@lotrinh/shared';
import { useCallback, useEffect, useState } from 'react';
import { nextPlayDate, PLAY_INTERVAL_MS, playStart, type PlayMode } from '../model/play-sequence.js';

export interface Playback {
  playing: boolean;
  toggle: () => void;
  stop: () => void;
}

/** Plays the "as of" day through the years, one frame per interval, until the end of the span or a stop. */
export function usePlayback({
  asOf,
  setAsOf,
  mode,
}: {
  asOf: LocalDate | null;
  setAsOf: (date: LocalDate) => void;
  mode: PlayMode;
}): Playback {
  const [playing, setPlaying] = useState(false);
  const stop = useCallback(() => setPlaying(false), []);
  const toggle = useCallback(() => {
    if (playing) {
      setPlaying(false);
      return;
    }
    setAsOf(playStart(asOf));
    setPlaying(true);
  }, [playing, asOf, setAsOf]);

  useEffect(() => {
    if (!playing || !asOf) return;
    const timer = window.setTimeout(() => {
      const next = nextPlayDate({ current: asOf, mode });
      if (next) setAsOf(next);
      else setPlaying(false);
    }, PLAY_INTERVAL_MS[mode]);
    return () => window.clearTimeout(timer);
  }, [playing, asOf, mode, setAsOf]);

  return { playing, toggle, stop };
}
