import { useCallback, useEffect, useRef } from 'react';
import type { TimelineViewState } from '../model/types.js';

export type EmitViewState = (patch: Partial<TimelineViewState>, options?: { debounce?: boolean }) => void;

const DEBOUNCE_MS = 250;

/**
 * Sends view-state changes to the owner (who keeps them in the URL). Changes that stream — scrolling,
 * wheel zooming — are merged and sent once things settle; others go at once. Patches always apply to the
 * latest state the owner gave, so a late scroll update never undoes a selection made meanwhile.
 */
export function useViewEmitter({
  state,
  onStateChange,
}: {
  state: TimelineViewState;
  onStateChange: (next: TimelineViewState) => void;
}): EmitViewState {
  const latest = useRef({ state, onStateChange });
  const pending = useRef<Partial<TimelineViewState> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    latest.current = { state, onStateChange };
  }, [state, onStateChange]);

  const flush = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
    const patch = pending.current;
    pending.current = null;
    if (!patch) return;
    const { state: current, onStateChange: send } = latest.current;
    const next = { ...current, ...patch };
    const changed = (Object.keys(patch) as (keyof TimelineViewState)[]).some((key) => next[key] !== current[key]);
    if (changed) send(next);
  }, []);

  // Leaving the page drops a pending scroll report: sending it would navigate back to the timeline.
  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
      pending.current = null;
    },
    [],
  );

  return useCallback(
    (patch, options) => {
      pending.current = { ...pending.current, ...patch };
      if (options?.debounce) {
        if (timer.current !== null) clearTimeout(timer.current);
        timer.current = setTimeout(flush, DEBOUNCE_MS);
      } else {
        flush();
      }
    },
    [flush],
  );
}
