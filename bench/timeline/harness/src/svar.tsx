/** SVAR React Gantt (MIT) drawing the same tasks over 2013–2025, with the same list columns and scales as ours. */
import { Gantt, Willow, type IColumnConfig, type ILink, type ITask } from '@svar-ui/react-gantt';
import '@svar-ui/react-gantt/all.css';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { CELL_WIDTH, installProbe, LIST_COLUMNS, ROW_HEIGHT, type Adapter, type ZoomLevel } from './probe/index.ts';
import { benchTasks, type TimelineTask } from './data.ts';
import { formatDay, lastDay, peerDates, peerLinks, STATUS_LABELS } from './peer-data.ts';
import './page.css';

const quarter = (date: Date) => `Q${Math.floor(date.getMonth() / 3) + 1}`;
const VIEWS: Record<ZoomLevel, { lengthUnit: string; scales: { unit: string; step: number; format: (date: Date) => string }[] }> = {
  YEAR: {
    lengthUnit: 'quarter',
    scales: [
      { unit: 'year', step: 1, format: (date) => String(date.getFullYear()) },
      { unit: 'quarter', step: 1, format: quarter },
    ],
  },
  MONTH: {
    lengthUnit: 'week',
    scales: [
      { unit: 'month', step: 1, format: (date) => `${String(date.getMonth() + 1).padStart(2, '0')}/${date.getFullYear()}` },
      { unit: 'week', step: 1, format: (date) => String(date.getDate()) },
    ],
  },
};

const COLUMNS: IColumnConfig[] = [
  { id: 'text', header: 'Nhiệm vụ', width: LIST_COLUMNS.title },
  { id: 'unit', header: 'Đơn vị', width: LIST_COLUMNS.unit },
  {
    id: 'start',
    header: 'Bắt đầu',
    width: LIST_COLUMNS.start,
    template: (value: unknown) => (value instanceof Date ? formatDay(value) : ''),
  },
  {
    id: 'end',
    header: 'Hạn',
    width: LIST_COLUMNS.due,
    template: (value: unknown) => (value instanceof Date ? formatDay(lastDay(value)) : ''),
  },
  { id: 'status', header: 'Trạng thái', width: LIST_COLUMNS.status, template: (value: string) => STATUS_LABELS[value] ?? value },
  { id: 'progress', header: 'Tiến độ', width: LIST_COLUMNS.progress, align: 'right', template: (value: number) => `${value}%` },
];

const LINK_TYPES = { FINISH_TO_START: 'e2s', START_TO_START: 's2s', FINISH_TO_FINISH: 'e2e', START_TO_FINISH: 's2e' } as const;

function toSvar(tasks: TimelineTask[]): { tasks: ITask[]; links: ILink[] } {
  const converted = tasks.map((task): ITask => {
    const { start, end } = peerDates(task);
    return {
      id: task.id,
      text: task.title,
      start,
      end,
      progress: task.progress ?? 0,
      type: task.kind === 'MILESTONE' ? 'milestone' : 'task',
      unit: task.leadUnit?.code ?? '',
      status: task.status,
    };
  });
  return { tasks: converted, links: peerLinks(tasks, LINK_TYPES) };
}

const GRID_WIDTH = Object.values(LIST_COLUMNS).reduce((sum, width) => sum + width, 0);
const RANGE_START = new Date(2013, 0, 1);
const RANGE_END = new Date(2026, 0, 1);
let setLevel: (level: ZoomLevel) => void = () => {};

function Harness({ tasks, links }: { tasks: ITask[]; links: ILink[] }) {
  const [level, setLevelState] = useState<ZoomLevel>('YEAR');
  useEffect(() => {
    setLevel = setLevelState;
  }, []);
  const view = VIEWS[level];
  return (
    <div className="bench-page">
      <div className="bench-peer">
        <Willow fonts={false}>
          <Gantt
            tasks={tasks}
            links={links}
            columns={COLUMNS}
            scales={view.scales}
            lengthUnit={view.lengthUnit}
            cellWidth={CELL_WIDTH[level]}
            cellHeight={ROW_HEIGHT}
            gridWidth={GRID_WIDTH}
            start={RANGE_START}
            end={RANGE_END}
          />
        </Willow>
      </div>
    </div>
  );
}

const q = <T extends Element>(selector: string) => document.querySelector<T>(selector);
/** SVAR scrolls rows with `.wx-gantt` and time with `.wx-chart`; task ids are written with a ':' prefix. */
const vertical = () => q<HTMLElement>('.wx-gantt');
const horizontal = () => q<HTMLElement>('.wx-chart');

const adapter: Adapter = {
  chartViewport() {
    const chart = horizontal()?.getBoundingClientRect();
    const scale = q('.wx-chart .wx-scale')?.getBoundingClientRect();
    if (!chart || !scale) return new DOMRect();
    return new DOMRect(chart.left, scale.bottom, chart.width, chart.bottom - scale.bottom);
  },
  listRows: () => document.querySelectorAll('.wx-table-box [role="row"][data-id]'),
  bars: () => document.querySelectorAll<HTMLElement>('.wx-bars .wx-bar'),
  barOf: (id) => q<HTMLElement>(`.wx-bars .wx-bar[data-id=":${CSS.escape(id)}"]`),
  idOf: (bar) => bar.dataset.id?.replace(/^:/, '') ?? null,
  draggable: (bar) => bar.classList.contains('wx-task'),
  isDragging: (bar) => bar.classList.contains('wx-touch') || bar.classList.contains('wx-moving'),
  timelineWidth: () => q<HTMLElement>('.wx-chart .wx-area')?.offsetWidth ?? 0,
  scrollPosition() {
    const y = vertical();
    const x = horizontal();
    if (!x || !y) return { left: 0, top: 0, maxLeft: 0, maxTop: 0 };
    return { left: x.scrollLeft, top: y.scrollTop, maxLeft: x.scrollWidth - x.clientWidth, maxTop: y.scrollHeight - y.clientHeight };
  },
  scrollTo(left, top) {
    const y = vertical();
    const x = horizontal();
    if (x && y) {
      x.scrollLeft = left;
      y.scrollTop = top;
    }
  },
  zoom: (level) => setLevel(level),
};

const probe = installProbe();
try {
  const data = toSvar(benchTasks());
  probe.dataReady();
  createRoot(document.getElementById('root')!).render(<Harness tasks={data.tasks} links={data.links} />);
  probe.mounted(adapter);
} catch (error) {
  probe.failed(error);
}
