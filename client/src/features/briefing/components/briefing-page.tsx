import { useQuery } from '@apollo/client/react';
import type { LocalDate } from '@lotrinh/shared';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { BRIEFING_PAGE } from '../api/briefing.query.js';
import { scopeFilter, type BriefingScope } from '../model/briefing-scope.js';
import { briefingSummary, type ChangeCounts } from '../model/briefing-summary.js';
import { briefingView } from '../model/briefing-view.js';
import { BriefingSummary } from './briefing-summary.js';
import { ExportMenu, type Paper } from './export-menu.js';
import { IndicatorSection } from './indicator-section.js';
import { LateTaskTable } from './late-task-table.js';
import { PlanProgressTable } from './plan-progress-table.js';
import { PrintHeader } from './print-header.js';
import { ScopePicker } from './scope-picker.js';
import { UnitScorecardTable } from './unit-scorecard-table.js';
import '../briefing.css';

export interface BriefingPageProps {
  /** The day asked for (`?asOf=`); null for today. */
  asOf: LocalDate | null;
  today: LocalDate;
  scope: BriefingScope;
  onScopeChange: (scope: BriefingScope) => void;
  /** What changed between two days, for the summary; null while unknown. */
  changes: ChangeCounts | null;
  /** The "compare two dates" section, composed by the app. */
  changesSection?: ReactNode;
}

/** `/briefing`: the roadmap at a glance for the Ministry's leaders, as of one day, for the Ministry, a plan or a unit. */
export function BriefingPage({ asOf, today, scope, onScopeChange, changes, changesSection }: BriefingPageProps) {
  const i18n = useI18n();
  const { t, pick, formatDate } = i18n;
  const day = asOf ?? today;
  const filter = useMemo(() => scopeFilter(scope), [scope]);
  const { data, previousData, loading, error, refetch } = useQuery(BRIEFING_PAGE, { variables: { asOf, filter }, fetchPolicy: 'no-cache' });
  const shown = data ?? previousData;
  const snapshot = useRef<HTMLDivElement>(null);
  const [paper, setPaper] = useState<Paper>('A4');

  const view = useMemo(
    () =>
      shown
        ? briefingView({ ...shown, plans: shown.plans.nodes, units: shown.units.nodes, indicators: shown.indicators.nodes }, day)
        : null,
    [shown, day],
  );
  const plans = shown?.plans.nodes ?? [];
  const units = shown?.units.nodes ?? [];
  // The plans the roadmap held on the day (and the one chosen, if it did not yet).
  const plansOnRoadmap = plans.filter((plan) => plan.key === scope.plan || shown?.roadmapPlans.some((group) => group.key.plan === plan.key && group.count > 0));
  const planTitle = (key: string) => {
    const plan = plans.find((p) => p.key === key);
    return plan ? pick(plan.title, plan.titleEn) : key;
  };
  const scopeLabel =
    scope.plan && scope.unit
      ? t('briefing.scope.planUnit', { unit: scope.unit, title: planTitle(scope.plan) })
      : scope.plan
        ? t('briefing.scope.plan', { title: planTitle(scope.plan) })
        : scope.unit
          ? t('briefing.scope.unit', { unit: scope.unit })
          : t('briefing.scope.ministry');
  const sentences = view
    ? briefingSummary(i18n, {
        asOf: day,
        scopeLabel,
        total: view.total,
        plans: view.plans,
        late: view.late,
        scorecard: view.scorecard,
        changes,
      })
    : [];

  useEffect(() => {
    document.title = `${t('briefing.title')} — ${formatDate(day)} — Lộ trình`;
  }, [t, formatDate, day]);

  const unitName = (code: string) => {
    const unit = units.find((u) => u.code === code);
    return unit ? pick(unit.name, unit.nameEn) : code;
  };

  return (
    <div className="briefing-page" ref={snapshot} aria-busy={loading} data-loaded-as-of={data ? day : ''} data-paper={paper}>
      <PrintHeader viewTitle={t('briefing.title')} day={day} today={today} scope={scopeLabel} />
      <header className="briefing-head">
        <h2 data-snapshot="omit">{t('briefing.title')}</h2>
        <p className="briefing-as-of" data-snapshot="omit">
          {asOf ? t('briefing.asOf', { date: formatDate(asOf) }) : t('briefing.asOfToday', { date: formatDate(today) })}
          {' — '}
          {scopeLabel}
          {loading && shown && <span className="briefing-updating"> {t('briefing.updating')}</span>}
        </p>
        <ScopePicker scope={scope} plans={plansOnRoadmap} units={units} onChange={onScopeChange} />
        <ExportMenu
          asOf={asOf}
          day={day}
          filter={filter}
          scopeParts={[scope.plan, scope.unit]}
          tasks={shown?.timeline ?? []}
          planTitle={planTitle}
          snapshotOf={snapshot}
          paper={paper}
          onPaperChange={setPaper}
        />
      </header>
      {error && (
        <div role="alert" className="briefing-error">
          <p>{t('app.error', { message: error.message })}</p>
          <button type="button" onClick={() => void refetch()}>
            {t('app.retry')}
          </button>
        </div>
      )}
      {!shown && !error && (
        <p className="app-status" role="status">
          {t('app.loading')}
        </p>
      )}
      {view && (
        <>
          <BriefingSummary sentences={sentences} />
          <PlanProgressTable rows={view.plans} />
          <LateTaskTable late={view.late} unitName={unitName} />
          <UnitScorecardTable rows={view.scorecard} />
          <IndicatorSection indicators={view.indicators} asOf={day} />
          {changesSection && <div className="briefing-section briefing-changes">{changesSection}</div>}
        </>
      )}
    </div>
  );
}
