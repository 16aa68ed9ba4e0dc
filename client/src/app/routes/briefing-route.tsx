import { isLocalDate, today as todayOf, type LocalDate } from '@lotrinh/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { BriefingPage, parseScope, scopeFilter, withScope, type BriefingScope, type ChangeCounts } from '../../features/briefing/index.js';
import { addYears, clampToReplay, CompareDates, useAsOfParam, useRoadmapDiff } from '../../features/replay/index.js';

/** URL parameters of the "compare two dates" section. */
const COMPARE = { from: 'cmpFrom', to: 'cmpTo' } as const;

function dateParam(params: URLSearchParams, name: string): LocalDate | null {
  const value = params.get(name);
  return value && isLocalDate(value) ? clampToReplay(value) : null;
}

/** `/briefing`: the leaders' briefing as of the app's day, with what changed between two days. */
export function BriefingRoute() {
  const [params, setParams] = useSearchParams();
  const { asOf } = useAsOfParam();
  const today = todayOf();
  const scope = useMemo(() => parseScope(params), [params]);
  const compareTo = dateParam(params, COMPARE.to) ?? clampToReplay(asOf ?? today);
  const compareFrom = dateParam(params, COMPARE.from) ?? clampToReplay(addYears(compareTo, -1));
  const diffState = useRoadmapDiff({ a: compareFrom, b: compareTo, filter: scopeFilter(scope) });
  const changes: ChangeCounts | null = diffState.diff
    ? {
        from: diffState.diff.from,
        to: diffState.diff.to,
        added: diffState.diff.changes.added.length,
        finished: diffState.diff.changes.finished.length,
        slipped: diffState.diff.changes.slipped.length,
        moved: diffState.diff.changes.moved.length,
        removed: diffState.diff.changes.removed.length,
      }
    : null;

  const onScopeChange = useCallback(
    (next: BriefingScope) => setParams((previous) => withScope(previous, next), { replace: true }),
    [setParams],
  );
  const onCompareChange = useCallback(
    ({ from, to }: { from: LocalDate; to: LocalDate }) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          next.set(COMPARE.from, from);
          next.set(COMPARE.to, to);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  return (
    <BriefingPage
      asOf={asOf}
      today={today}
      scope={scope}
      onScopeChange={onScopeChange}
      changes={changes}
      changesSection={<CompareDates from={compareFrom} to={compareTo} onChange={onCompareChange} state={diffState} />}
    />
  );
}
