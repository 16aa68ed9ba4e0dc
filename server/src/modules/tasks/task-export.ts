/** A task as the export query returns it. */
export interface ExportedTask {
  id: string;
  title: string;
  titleEn: string | null;
  kind: string;
  status: string;
  leadUnit: string | null;
  supportUnits: string[];
  plan: string | null;
  document: string | null;
  event: string | null;
  assignedOn: string;
  start: string | null;
  due: string | null;
  completedOn: string | null;
  progress: number | null;
}

export interface Table {
  columns: string[];
  rows: (string | number | null)[][];
}

const COLUMNS = ['id', 'title', 'titleEn', 'kind', 'status', 'leadUnit', 'supportUnits', 'plan', 'assignedBy', 'assignedOn', 'start', 'due', 'completedOn', 'progress'];

/** The columns an exported task list has, in the order a spreadsheet shows them. */
export function taskExportTable(tasks: readonly ExportedTask[]): Table {
  return {
    columns: COLUMNS,
    rows: tasks.map((t) => [
      t.id,
      t.title,
      t.titleEn,
      t.kind,
      t.status,
      t.leadUnit,
      t.supportUnits.join(' '),
      t.plan,
      t.document ?? t.event,
      t.assignedOn,
      t.start,
      t.due,
      t.completedOn,
      t.progress,
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
