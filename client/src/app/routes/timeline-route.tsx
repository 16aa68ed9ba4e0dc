import { useMutation, useQuery } from '@apollo/client/react';
import { today } from '@lotrinh/shared';
import { useCallback, useMemo, useRef, useState } from 'react';
import { SourceReader } from '../../features/source-reader/index.js';
import { useSearchParams } from 'react-router';
import { TaskDetailPanel, type CitationData } from '../../features/task-detail/index.js';
import { useAsOfParam } from '../../features/replay/index.js';
import {
  parseTimelineState,
  serializeTimelineState,
  TimelineView,
  type TimelineHandle,
  type TimelineViewState,
} from '../../features/timeline/index.js';
import { useI18n } from '../../i18n/i18n.js';
import { toApiError } from '../../lib/graphql-error.js';
import {
  ADD_DEPENDENCY,
  CREATE_TASK,
  DELETE_TASK,
  REMOVE_DEPENDENCY,
  RESCHEDULE_TASK,
  RESTORE_TASK,
  SET_TASK_PROGRESS,
  TIMELINE_PAGE,
  toTimeline,
  UPDATE_DEPENDENCY,
  UPDATE_TASK,
} from './timeline-data.js';

/** `/timeline`: the roadmap's tasks on the Gantt timeline, the view state kept in the URL. */
export function TimelineRoute() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseTimelineState({ params }), [params]);
  const { asOf } = useAsOfParam();
  // Rows of different days share ids: read each day from the network, not from rows another day wrote.
  const { data, previousData, error, refetch } = useQuery(TIMELINE_PAGE, { variables: { asOf }, fetchPolicy: 'network-only' });
  const shown = data ?? previousData;
  const [reschedule] = useMutation(RESCHEDULE_TASK);
  const [setProgress] = useMutation(SET_TASK_PROGRESS);
  const [createTask] = useMutation(CREATE_TASK);
  const [updateTask] = useMutation(UPDATE_TASK);
  const [deleteTask] = useMutation(DELETE_TASK);
  const [restoreTask] = useMutation(RESTORE_TASK);
  const [addDependency] = useMutation(ADD_DEPENDENCY);
  const [removeDependency] = useMutation(REMOVE_DEPENDENCY);
  const [updateDependency] = useMutation(UPDATE_DEPENDENCY);
  /** The side panel's edits go through the timeline, which keeps them in its undo history. */
  const timelineRef = useRef<TimelineHandle>(null);
  const timeline = useMemo(() => (shown ? toTimeline(shown, asOf) : null), [shown, asOf]);
  const [reading, setReading] = useState<CitationData | null>(null);

  const onStateChange = useCallback(
    (next: TimelineViewState) => setParams(serializeTimelineState({ state: next, base: params }), { replace: true }),
    [params, setParams],
  );
  // From the latest URL, not this render's: a selection made after an await must not undo a scroll meanwhile.
  const onSelect = useCallback(
    (id: string | null) =>
      setParams((current) => serializeTimelineState({ state: { ...parseTimelineState({ params: current }), selected: id }, base: current }), {
        replace: true,
      }),
    [setParams],
  );
  const run = useCallback(
    async (mutate: () => Promise<unknown>) => {
      try {
        await mutate();
        await refetch();
      } catch (mutationError) {
        throw toApiError(mutationError);
      }
    },
    [refetch],
  );

  // Once drawn, the timeline stays mounted while it refetches (an edit's refusal is shown inside it).
  if (!timeline && error) return <p className="app-status" role="alert">{t('app.error', { message: error.message })}</p>;
  if (!timeline) return <p className="app-status" role="status">{t('app.loading')}</p>;
  return (
    <div className="timeline-page">
      <TimelineView
        ref={timelineRef}
        tasks={timeline.tasks}
        markers={timeline.markers}
        today={asOf ?? today()}
        state={state}
        onStateChange={onStateChange}
        onReschedule={(input) => run(() => reschedule({ variables: { input } }))}
        onSetProgress={(input) => run(() => setProgress({ variables: { input } }))}
        onSelect={onSelect}
        onReload={() => void refetch()}
        onCreateTask={async (input) => {
          let id = '';
          await run(async () => {
            const result = await createTask({ variables: { input } });
            id = result.data?.createTask.id ?? '';
          });
          return id;
        }}
        onDeleteTask={(input) => run(() => deleteTask({ variables: { input } }))}
        onRestoreTask={(input) => run(() => restoreTask({ variables: { input } }))}
        onAddDependency={(input) => run(() => addDependency({ variables: { input } }))}
        onRemoveDependency={(input) => run(() => removeDependency({ variables: { input } }))}
        onUpdateTask={(input) => run(() => updateTask({ variables: { input } }))}
        onUpdateDependency={(input) => run(() => updateDependency({ variables: { input } }))}
      />
      {state.selected && (
        <TaskDetailPanel
          taskId={state.selected}
          onClose={() => onSelect(null)}
          onOpenSource={setReading}
          onUpdate={(input) => timelineRef.current?.updateTask(input) ?? run(() => updateTask({ variables: { input } }))}
          onReload={() => void refetch()}
        />
      )}
      {reading?.sourceFile && <SourceReader file={reading.sourceFile} quote={reading.quote} onClose={() => setReading(null)} />}
    </div>
  );
}
