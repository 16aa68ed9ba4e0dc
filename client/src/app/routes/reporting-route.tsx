import { today as todayOf } from '@lotrinh/shared';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useAsOfParam } from '../../features/replay/index.js';
import { parseQuarter, ReportingPage, type QuarterRef } from '../../features/reporting/index.js';

/** URL parameters of the reporting page. */
const PARAM = { year: 'year', quarter: 'quarter', unit: 'reportUnit' } as const;

/** `/reporting`: the quarter (and the reporting unit of the form) kept in the URL. */
export function ReportingRoute() {
  const [params, setParams] = useSearchParams();
  const { asOf } = useAsOfParam();
  const today = todayOf();
  const quarter = useMemo(() => parseQuarter(params, today), [params, today]);
  const unit = params.get(PARAM.unit)?.trim() || null;

  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [name, value] of Object.entries(changes)) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const onQuarterChange = useCallback(
    (next: QuarterRef) => update({ [PARAM.year]: String(next.year), [PARAM.quarter]: String(next.quarter) }),
    [update],
  );
  const onUnitChange = useCallback((next: string | null) => update({ [PARAM.unit]: next }), [update]);

  return (
    <ReportingPage quarter={quarter} onQuarterChange={onQuarterChange} unit={unit} onUnitChange={onUnitChange} today={today} asOf={asOf} />
  );
}
