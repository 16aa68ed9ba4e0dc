import type { TaskRow } from './query/task-row.js';

export interface Table {
  columns: string[];
  rows: (string | number | null)[][];
}

/** The columns an exported task list has, in the order a spreadsheet shows them. */
export function taskExportTable(rows: readonly TaskRow[]): Table {
  return {
    columns: ['id', 'title', 'titleEn', 'kind', 'status', 'leadUnit', 'supportUnits', 'plan', 'assignedBy', 'assignedOn', 'start', 'due', 'completedOn', 'progress'],
    rows: rows.map((row) => [
      `Task:${row.id}`,
      row.title,
      row.titleEn,
      row.kind,
      row.status,
      row.leadUnitCode,
      row.supportUnitCodes.join(' '),
      row.planKey,
      row.documentNumber ?? row.eventKey,
      row.assignedOn,
      row.start,
      row.due,
      row.completedOn,
      row.progress,
    ]),
  };
}

function csvCell(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends. */
export function toCsv({ columns, rows }: Table): string {
  return [columns, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
