import type { LocalDate } from '@lotrinh/shared';
import type { LateTask } from './late-tasks.js';
import type { PlanProgressRow } from './plan-progress.js';
import type { Rating } from './rag-rule.js';
import type { TaskCounts } from './task-counts.js';
import type { ScorecardRow } from './unit-scorecard.js';

/** The parts of the i18n the summary needs (so tests can pass a real one). */
export interface SummaryI18n {
  t: (key: string, vars?: Record<string, string | number>) => string;
  formatDate: (date: LocalDate | null | undefined) => string;
  pick: (vi: string, en: string | null | undefined) => string;
}

/** How many tasks changed between two days, by kind. */
export interface ChangeCounts {
  from: LocalDate;
  to: LocalDate;
  added: number;
  finished: number;
  slipped: number;
  moved: number;
  removed: number;
}

export interface SummaryInput {
  asOf: LocalDate;
  /** Already worded: "toàn Bộ", "kế hoạch …", "đơn vị chủ trì …". */
  scopeLabel: string;
  total: TaskCounts;
  plans: readonly PlanProgressRow[];
  late: readonly LateTask[];
  scorecard: readonly ScorecardRow[];
  changes: ChangeCounts | null;
}

/** How many items a sentence names before it stops. */
export const SUMMARY_LIST_MAX = 3;

const RATED: readonly Rating[] = ['RED', 'AMBER', 'GREEN'];

function counted(i18n: SummaryI18n, key: string, count: number, vars: Record<string, string | number>): string {
  return i18n.t(count === 1 ? `${key}.one` : key, { count, ...vars });
}

function overview(i18n: SummaryI18n, input: SummaryInput): string {
  const { total } = input;
  return counted(i18n, 'briefing.summary.overview', total.count, {
    date: i18n.formatDate(input.asOf),
    scope: input.scopeLabel,
    done: total.done,
    onTime: total.doneOnTime,
    late: total.doneLate,
    overdue: total.overdue,
    atRisk: total.atRisk,
    open: total.open,
    unknown: total.unknown,
  });
}

function ratings(i18n: SummaryI18n, plans: readonly PlanProgressRow[]): string | null {
  const named = plans.filter((row) => row.plan);
  if (named.length === 0) return null;
  const parts = RATED.map((rating) => ({ rating, rows: named.filter((row) => row.rating.rating === rating) }))
    .filter((group) => group.rows.length > 0)
    .map((group) =>
      i18n.t('briefing.summary.ratingGroup', { rating: i18n.t(`briefing.rating.${group.rating}`), count: group.rows.length }),
    );
  const red = named.filter((row) => row.rating.rating === 'RED').map((row) => `“${i18n.pick(row.plan!.title, row.plan!.titleEn)}”`);
  const sentence = parts.length > 0 ? i18n.t('briefing.summary.ratings', { list: parts.join(', ') }) : i18n.t('briefing.summary.unrated');
  return red.length > 0 ? `${sentence} ${i18n.t('briefing.summary.redPlans', { list: red.join('; ') })}` : sentence;
}

function unitName(i18n: SummaryI18n, code: string | null): string {
  return code ?? i18n.t('briefing.summary.noUnit');
}

function lateness(i18n: SummaryI18n, late: readonly LateTask[]): string[] {
  const overdue = late.filter((item) => item.status === 'OVERDUE');
  const atRisk = late.filter((item) => item.status === 'AT_RISK');
  const title = (item: LateTask) => `“${i18n.pick(item.task.title, item.task.titleEn)}”`;
  const sentences: string[] = [];
  if (overdue.length === 0) sentences.push(i18n.t('briefing.summary.noneOverdue'));
  else {
    const items = overdue
      .slice(0, SUMMARY_LIST_MAX)
      .map((item) =>
        i18n.t('briefing.summary.lateItem', { title: title(item), unit: unitName(i18n, item.task.leadUnit), days: item.daysLate ?? '—' }),
      );
    sentences.push(i18n.t('briefing.summary.mostOverdue', { items: items.join('; ') }));
  }
  if (atRisk.length > 0) {
    const items = atRisk
      .slice(0, SUMMARY_LIST_MAX)
      .map((item) => i18n.t('briefing.summary.riskItem', { title: title(item), unit: unitName(i18n, item.task.leadUnit) }));
    sentences.push(counted(i18n, 'briefing.summary.atRisk', atRisk.length, { items: items.join('; ') }));
  }
  return sentences;
}

function units(i18n: SummaryI18n, scorecard: readonly ScorecardRow[]): string[] {
  const named = scorecard.filter((row) => row.code && row.overdue > 0).sort((a, b) => b.overdue - a.overdue);
  const sentences: string[] = [];
  if (named.length > 0) {
    const items = named
      .slice(0, SUMMARY_LIST_MAX)
      .map((row) => i18n.t('briefing.summary.unitItem', { unit: row.code!, count: row.overdue }));
    sentences.push(i18n.t('briefing.summary.units', { items: items.join(', ') }));
  }
  const nobody = scorecard.find((row) => row.code === null);
  if (nobody && nobody.overdue > 0) sentences.push(counted(i18n, 'briefing.summary.noLead', nobody.overdue, {}));
  return sentences;
}

function changes(i18n: SummaryI18n, counts: ChangeCounts | null): string | null {
  if (!counts) return null;
  const dates = { from: i18n.formatDate(counts.from), to: i18n.formatDate(counts.to) };
  const any = counts.added + counts.finished + counts.slipped + counts.moved + counts.removed > 0;
  if (!any) return i18n.t('briefing.summary.noChanges', dates);
  return i18n.t('briefing.summary.changes', {
    ...dates,
    added: counts.added,
    finished: counts.finished,
    slipped: counts.slipped,
    moved: counts.moved,
    removed: counts.removed,
  });
}

/**
 * A short written briefing, one plain sentence group per item, from the data alone: how many tasks and
 * how they stand, how the plans are rated, what is most overdue and at risk, which units lead the most
 * overdue work, and what changed between two days.
 */
export function briefingSummary(i18n: SummaryI18n, input: SummaryInput): string[] {
  if (input.total.count === 0) return [i18n.t('briefing.summary.empty', { date: i18n.formatDate(input.asOf), scope: input.scopeLabel })];
  return [
    overview(i18n, input),
    ratings(i18n, input.plans),
    ...lateness(i18n, input.late),
    ...units(i18n, input.scorecard),
    changes(i18n, input.changes),
  ].filter((sentence): sentence is string => sentence !== null);
}
