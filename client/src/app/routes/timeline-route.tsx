import { useMutation, useQuery } from '@apollo/client/react';
import { today } from '@lotrinh/shared';
import { useCallback, useMemo, useState } from 'react';
import { SourceReader } from '../../features/source-reader/index.js';
import { useSearchParams } from 'react-router';
import { TaskDetailPanel, type CitationData } from '../../features/task-detail/index.js';
import { parseTimelineState, serializeTimelineState, TimelineView, type TimelineViewState } from '../../features/timeline/index.js';
import { useI18n } from '../../i18n/i18n.js';
import { toApiError } from '../../lib/graphql-error.js';
import { RESCHEDULE_TASK, SET_TASK_PROGRESS, TIMELINE_PAGE, toTimeline } from './timeline-data.js';

/** `/timeline`: the roadmap's tasks on the Gantt timeline, the view state kept in the URL. */
export function TimelineRoute() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseTimelineState({ params }), [params]);
  const { data, error, loading, refetch } = useQuery(TIMELINE_PAGE, { variables: {} });
  const [reschedule] = useMutation(RESCHEDULE_TASK);
  const [setProgress] = useMutation(SET_TASK_PROGRESS);
  const timeline = useMemo(() => (data ? toTimeline(data) : null), [data]);
  const [reading, setReading] = useState<CitationData | null>(null);

  const onStateChange = useCallback(
    (next: TimelineViewState) => setParams(serializeTimelineState({ state: next, base: params }), { replace: true }),
    [params, setParams],
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

  if (error) return <p className="app-status" role="alert">{t('app.error', { message: error.message })}</p>;
  if (loading || !timeline) return <p className="app-status" role="status">{t('app.loading')}</p>;
  return (
    <div className="timeline-page">
      <TimelineView
        tasks={timeline.tasks}
        markers={timeline.markers}
        today={today()}
        state={state}
        onStateChange={onStateChange}
        onReschedule={(input) => run(() => reschedule({ variables: { input } }))}
        onSetProgress={(input) => run(() => setProgress({ variables: { input } }))}
        onSelect={(id) => onStateChange({ ...state, selected: id })}
        onReload={() => void refetch()}
      />
      {state.selected && (
        <TaskDetailPanel taskId={state.selected} onClose={() => onStateChange({ ...state, selected: null })} onOpenSource={setReading} />
      )}
      {reading?.sourceFile && <SourceReader file={reading.sourceFile} quote={reading.quote} onClose={() => setReading(null)} />}
    </div>
  );
}
