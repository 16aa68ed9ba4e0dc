import type { LocalDate } from '@lotrinh/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { AS_OF_PARAM, parseAsOf } from '../model/replay-range.js';

export interface AsOfParam {
  /** The day the whole app shows the roadmap as of; null for today. */
  asOf: LocalDate | null;
  /** Sets (or, with null, clears) `?asOf=` and keeps every other parameter; replaces the history entry. */
  setAsOf: (date: LocalDate | null) => void;
}

/** The app-wide "as of" day, kept in the URL so that a replayed view can be shared as a link. */
export function useAsOfParam(): AsOfParam {
  const [params, setParams] = useSearchParams();
  const asOf = useMemo(() => parseAsOf(params.get(AS_OF_PARAM)), [params]);
  const setAsOf = useCallback(
    (date: LocalDate | null) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          if (date) next.set(AS_OF_PARAM, date);
          else next.delete(AS_OF_PARAM);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  return { asOf, setAsOf };
}
