import { useI18n } from '../../../i18n/i18n.js';
import type { ReportState } from '../model/obligations.js';

const SYMBOL: Record<ReportState, string> = { RECEIVED_ON_TIME: '✓', RECEIVED_LATE: '◷', MISSING: '✗', NOT_YET_DUE: '…' };

/** A report's state in words, with a symbol so that colour is not the only cue. */
export function StateBadge({ state }: { state: ReportState }) {
  const { t } = useI18n();
  return (
    <span className={`report-state report-state-${state.toLowerCase()}`} data-state={state}>
      <span aria-hidden="true">{SYMBOL[state]} </span>
      {t(`reporting.state.${state}`)}
    </span>
  );
}
