import type { LocalDate } from '@lotrinh/shared';
import { useId, useState, type RefObject } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { downloadBlob } from '../../../lib/download.js';
import { exportFileName } from '../../../lib/export-file-name.js';
import { elementToPng } from '../../../lib/png-snapshot.js';
import type { ScopeFilter } from '../model/briefing-scope.js';
import { taskExportUrl } from '../model/export-links.js';
import { deadlinesCalendar, icsStamp } from '../model/ics.js';
import type { BriefingTaskRow } from '../model/late-tasks.js';
import { xlsxWorkbook, type Cell } from '../model/xlsx.js';

export interface ExportMenuProps {
  /** The day asked for in the URL (null: today). */
  asOf: LocalDate | null;
  /** The day the data is as of. */
  day: LocalDate;
  filter: ScopeFilter | null;
  scopeParts: readonly (string | null)[];
  tasks: readonly BriefingTaskRow[];
  planTitle: (key: string) => string;
  snapshotOf: RefObject<HTMLElement | null>;
  paper: Paper;
  onPaperChange: (paper: Paper) => void;
}

/** Paper sizes the print style sheet knows, both landscape. */
export type Paper = 'A4' | 'A3';

const XLSX_COLUMNS = [
  'id',
  'title',
  'titleEn',
  'kind',
  'status',
  'leadUnit',
  'supportUnits',
  'plan',
  'assignedBy',
  'assignedOn',
  'start',
  'due',
  'completedOn',
  'progress',
] as const;

interface ExportedTasks {
  tasks: Record<string, Cell>[];
}

/** Print (and so PDF), PNG, CSV, XLSX and iCalendar, each made in the browser or by this server: nothing online. */
export function ExportMenu({ asOf, day, filter, scopeParts, tasks, planTitle, snapshotOf, paper, onPaperChange }: ExportMenuProps) {
  const { t, formatDate } = useI18n();
  const titleId = useId();
  const paperId = useId();
  const [error, setError] = useState<string | null>(null);
  const name = (what: string, ext: string) => exportFileName({ what, asOf: day, scope: scopeParts, ext });

  const run = async (action: () => Promise<void>) => {
    setError(null);
    try {
      await action();
    } catch (failure) {
      setError(t('briefing.export.failed', { message: failure instanceof Error ? failure.message : String(failure) }));
    }
  };
  const png = () =>
    run(async () => {
      if (snapshotOf.current)
        downloadBlob(
          await elementToPng(snapshotOf.current, { omit: '[data-snapshot="omit"]', reveal: '.print-header' }),
          name('tong-quan', 'png'),
        );
    });
  const xlsx = () =>
    run(async () => {
      const response = await fetch(taskExportUrl({ format: 'json', filter, asOf }));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      const body = (await response.json()) as ExportedTasks;
      const bytes = xlsxWorkbook({
        name: t('briefing.xlsx.sheet'),
        columns: XLSX_COLUMNS.map((column) => t(`briefing.xlsx.col.${column}`)),
        rows: body.tasks.map((task) => XLSX_COLUMNS.map((column) => task[column] ?? null)),
      });
      downloadBlob(
        new Blob([bytes.slice().buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
        name('nhiem-vu', 'xlsx'),
      );
    });
  const ics = () =>
    run(async () => {
      const events = tasks.flatMap((task) =>
        task.due
          ? [
              {
                id: task.id,
                title: task.title,
                due: task.due,
                details: [
                  t('briefing.ics.lead', { unit: task.leadUnit ?? t('briefing.unitUnknown') }),
                  t('briefing.ics.status', { status: t(`briefing.status.${task.status}`), date: formatDate(day) }),
                  ...(task.plan ? [t('briefing.ics.plan', { plan: planTitle(task.plan) })] : []),
                ],
              },
            ]
          : [],
      );
      const text = deadlinesCalendar(events, {
        name: t('briefing.ics.name'),
        stamp: icsStamp(new Date()),
        summaryPrefix: t('briefing.ics.prefix'),
      });
      downloadBlob(new Blob([text], { type: 'text/calendar;charset=utf-8' }), name('han-hoan-thanh', 'ics'));
    });

  return (
    <section className="export-menu" aria-labelledby={titleId} data-snapshot="omit">
      <h3 id={titleId} className="visually-hidden">
        {t('briefing.export.title')}
      </h3>
      <label htmlFor={paperId}>{t('briefing.export.paper')}</label>
      <select id={paperId} value={paper} onChange={(event) => onPaperChange(event.target.value === 'A3' ? 'A3' : 'A4')}>
        <option value="A4">{t('briefing.export.paperA4')}</option>
        <option value="A3">{t('briefing.export.paperA3')}</option>
      </select>
      <button type="button" onClick={() => window.print()}>
        {t('briefing.export.print')}
      </button>
      <button type="button" onClick={() => void png()}>
        {t('briefing.export.png')}
      </button>
      <a className="button-link" href={taskExportUrl({ format: 'csv', filter, asOf })} download={name('nhiem-vu', 'csv')}>
        {t('briefing.export.csv')}
      </a>
      <a className="button-link" href={taskExportUrl({ format: 'json', filter, asOf })} download={name('nhiem-vu', 'json')}>
        {t('briefing.export.json')}
      </a>
      <button type="button" onClick={() => void xlsx()}>
        {t('briefing.export.xlsx')}
      </button>
      <button type="button" onClick={() => void ics()}>
        {t('briefing.export.ics')}
      </button>
      {error && (
        <p role="alert" className="export-error">
          {error}
        </p>
      )}
    </section>
  );
}
