/** Ours: the app's real TimelineView, given the generated tasks in the app's TimelineTask shape. */
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import '../../../../client/src/app/app.css';
import {
  DEFAULT_VIEW_STATE,
  TimelineView,
  timelineMessages,
  type TimelineViewState,
} from '../../../../client/src/features/timeline/index.ts';
import { I18nProvider, type Messages } from '../../../../client/src/i18n/i18n.tsx';
import { benchMarkers, benchTasks, TODAY, type TimelineMarker, type TimelineTask } from './data.ts';
import { installProbe, type Adapter } from './probe/index.ts';
import './page.css';

/** As client/src/app/messages.ts merges them (the app's own keys are not used by the timeline). */
const messages: Messages = { vi: { ...timelineMessages.vi }, en: { ...timelineMessages.en } };
const resolved = () => Promise.resolve();

function Harness({ tasks, markers }: { tasks: TimelineTask[]; markers: TimelineMarker[] }) {
  const [state, setState] = useState<TimelineViewState>({ ...DEFAULT_VIEW_STATE, zoom: 'YEAR' });
  const onSelect = useCallback((selected: string | null) => setState((current) => ({ ...current, selected })), []);
  return (
    <I18nProvider lang={state.lang} messages={messages}>
      <div className="bench-page">
        <TimelineView
          tasks={tasks}
          markers={markers}
          today={TODAY}
          state={state}
          onStateChange={setState}
          onReschedule={resolved}
          onSetProgress={resolved}
          onSelect={onSelect}
        />
      </div>
    </I18nProvider>
  );
}

const q = <T extends Element>(selector: string) => document.querySelector<T>(selector);

const adapter: Adapter = {
  chartViewport() {
    const scroller = q('.tl-scroller')?.getBoundingClientRect();
    const list = q('.tl-list')?.getBoundingClientRect();
    const head = q('.tl-list-head')?.getBoundingClientRect();
    if (!scroller || !list || !head) return new DOMRect();
    return new DOMRect(list.right, head.bottom, scroller.right - list.right, scroller.bottom - head.bottom);
  },
  listRows: () => document.querySelectorAll('.tl-list-row'),
  bars: () => document.querySelectorAll<HTMLElement>('.tl-chart .tl-bar'),
  barOf: (id) => q<HTMLElement>(`.tl-chart .tl-bar[data-task-id="${CSS.escape(id)}"]`),
  idOf: (bar) => bar.dataset.taskId ?? null,
  draggable: (bar) =>
    bar.classList.contains('tl-bar--editable') &&
    bar.classList.contains('tl-bar--bar') &&
    !bar.classList.contains('tl-bar--open-start') &&
    !bar.classList.contains('tl-bar--open-end'),
  isDragging: (bar) => bar.classList.contains('tl-bar--dragging'),
  timelineWidth: () => q<HTMLElement>('.tl-chart-area')?.offsetWidth ?? 0,
  scrollPosition() {
    const s = q<HTMLElement>('.tl-scroller');
    if (!s) return { left: 0, top: 0, maxLeft: 0, maxTop: 0 };
    return { left: s.scrollLeft, top: s.scrollTop, maxLeft: s.scrollWidth - s.clientWidth, maxTop: s.scrollHeight - s.clientHeight };
  },
  scrollTo(left, top) {
    const s = q<HTMLElement>('.tl-scroller');
    if (s) {
      s.scrollLeft = left;
      s.scrollTop = top;
    }
  },
  zoom: (level) => q<HTMLButtonElement>(`.tl-root button[data-zoom="${level}"]`)?.click(),
};

const probe = installProbe();
try {
  const tasks = benchTasks();
  const markers = benchMarkers();
  probe.dataReady();
  createRoot(document.getElementById('root')!).render(<Harness tasks={tasks} markers={markers} />);
  probe.mounted(adapter);
} catch (error) {
  probe.failed(error);
}
