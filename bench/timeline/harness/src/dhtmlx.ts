/**
 * DHTMLX Gantt (standard edition, MIT) drawing the same tasks over 2013–2025, with the same list columns and
 * scales as ours, and the settings its documentation gives for large projects (smart rendering, static background).
 */
import { gantt } from 'dhtmlx-gantt';
import 'dhtmlx-gantt/codebase/dhtmlxgantt.css';
import { CELL_WIDTH, installProbe, LIST_COLUMNS, ROW_HEIGHT, type Adapter } from './probe/index.ts';
import { benchTasks, type TimelineTask } from './data.ts';
import { formatDay, lastDay, peerDates, peerLinks, STATUS_LABELS } from './peer-data.ts';
import './page.css';

interface DhtmlxTask {
  id: string;
  text: string;
  start_date: Date;
  end_date: Date;
  progress: number;
  type: string;
  unscheduled: boolean;
  unit: string;
  status: string;
}

const LINK_TYPES = { FINISH_TO_START: '0', START_TO_START: '1', FINISH_TO_FINISH: '2', START_TO_FINISH: '3' } as const;

function toDhtmlx(tasks: TimelineTask[]) {
  const data = tasks.map((task): DhtmlxTask => {
    const { start, end, undated } = peerDates(task);
    return {
      id: task.id,
      text: task.title,
      start_date: start,
      end_date: end,
      progress: (task.progress ?? 0) / 100,
      type: task.kind === 'MILESTONE' ? 'milestone' : 'task',
      unscheduled: undated,
      unit: task.leadUnit?.code ?? '',
      status: task.status,
    };
  });
  return { data, links: peerLinks(tasks, LINK_TYPES) };
}

const quarter = (date: Date) => `Q${Math.floor(date.getMonth() / 3) + 1}`;
const LEVELS = [
  {
    name: 'YEAR',
    scale_height: 52,
    min_column_width: CELL_WIDTH.YEAR,
    scales: [
      { unit: 'year', step: 1, format: '%Y' },
      { unit: 'quarter', step: 1, format: quarter },
    ],
  },
  {
    name: 'MONTH',
    scale_height: 52,
    min_column_width: CELL_WIDTH.MONTH,
    scales: [
      { unit: 'month', step: 1, format: '%m/%Y' },
      { unit: 'week', step: 1, format: '%d' },
    ],
  },
];

function configure(container: HTMLElement) {
  Object.assign(gantt.config, {
    start_date: new Date(2013, 0, 1),
    end_date: new Date(2026, 0, 1),
    fit_tasks: false,
    row_height: ROW_HEIGHT,
    bar_height: 20,
    grid_width: Object.values(LIST_COLUMNS).reduce((sum, width) => sum + width, 0),
    smart_rendering: true,
    static_background: true,
    show_errors: false,
    columns: [
      { name: 'text', label: 'Nhiệm vụ', width: LIST_COLUMNS.title, tree: false },
      { name: 'unit', label: 'Đơn vị', width: LIST_COLUMNS.unit },
      { name: 'start', label: 'Bắt đầu', width: LIST_COLUMNS.start, template: (t: DhtmlxTask) => formatDay(t.start_date) },
      { name: 'due', label: 'Hạn', width: LIST_COLUMNS.due, template: (t: DhtmlxTask) => formatDay(lastDay(t.end_date)) },
      { name: 'status', label: 'Trạng thái', width: LIST_COLUMNS.status, template: (t: DhtmlxTask) => STATUS_LABELS[t.status] ?? t.status },
      {
        name: 'progress',
        label: 'Tiến độ',
        width: LIST_COLUMNS.progress,
        align: 'right',
        template: (t: DhtmlxTask) => `${Math.round(t.progress * 100)}%`,
      },
    ],
  });
  gantt.ext.zoom.init({ levels: LEVELS });
  gantt.ext.zoom.setLevel('YEAR');
  gantt.init(container);
}

const q = <T extends Element>(selector: string) => document.querySelector<T>(selector);

const adapter: Adapter = {
  chartViewport() {
    const area = q('.gantt_task')?.getBoundingClientRect();
    const scale = q('.gantt_task .gantt_task_scale')?.getBoundingClientRect();
    if (!area || !scale) return new DOMRect();
    return new DOMRect(area.left, scale.bottom, area.width, area.bottom - scale.bottom);
  },
  listRows: () => document.querySelectorAll('.gantt_grid_data .gantt_row'),
  bars: () => document.querySelectorAll<HTMLElement>('.gantt_bars_area .gantt_task_line'),
  barOf: (id) => q<HTMLElement>(`.gantt_bars_area .gantt_task_line[data-task-id="${CSS.escape(id)}"]`),
  idOf: (bar) => bar.dataset.taskId ?? null,
  draggable: (bar) => !bar.classList.contains('gantt_milestone'),
  isDragging: (bar) => bar.classList.contains('gantt_drag_move'),
  timelineWidth: () => q<HTMLElement>('.gantt_task .gantt_task_scale')?.offsetWidth ?? 0,
  scrollPosition() {
    // `width`/`height` are the scrolled sizes, `inner_*` the visible ones.
    const state = gantt.getScrollState();
    return { left: state.x, top: state.y, maxLeft: state.width - state.inner_width, maxTop: state.height - state.inner_height };
  },
  scrollTo: (left, top) => gantt.scrollTo(left, top),
  zoom: (level) => gantt.ext.zoom.setLevel(level),
};

const probe = installProbe();
try {
  const data = toDhtmlx(benchTasks());
  probe.dataReady();
  const root = document.getElementById('root')!;
  root.innerHTML = '<div class="bench-page"><div class="bench-peer" id="gantt"></div></div>';
  configure(document.getElementById('gantt')!);
  gantt.parse(data);
  probe.mounted(adapter);
} catch (error) {
  probe.failed(error);
}
