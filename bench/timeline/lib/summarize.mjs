// Turns the raw runs of one library at one size into its figures: medians over page loads (and over all samples
// for zoom and drag), with the reason whenever a figure is null.
import { median, percentile } from '../../lib/stats.mjs';

const round = (value) => (value === null || value === undefined || Number.isNaN(value) ? null : Math.round(value * 10) / 10);
const medianOrNull = (values) => (values.length > 0 ? round(median(values)) : null);
const unique = (values) => [...new Set(values)];

export function summarize(runs) {
  const ok = (key) => runs.filter((run) => run[key] !== null && run[key] !== undefined);
  const frames = runs.map((run) => [...(run.frameMs.y ?? []), ...(run.frameMs.x ?? [])]).filter((deltas) => deltas.length > 0);
  const zoomIn = runs.flatMap((run) => run.zoomInMs);
  const zoomOut = runs.flatMap((run) => run.zoomOutMs);
  const drags = runs.flatMap((run) => run.dragMs);
  const figures = {
    firstRenderMs: medianOrNull(ok('firstRenderMs').map((run) => run.firstRenderMs)),
    scrollP95Ms: medianOrNull(frames.map((deltas) => percentile(deltas, 95))),
    zoomMs: medianOrNull(zoomIn),
    dragCommitMs: medianOrNull(drags),
    dataMs: medianOrNull(ok('dataMs').map((run) => run.dataMs)),
    renderMs: medianOrNull(ok('firstRenderMs').map((run) => run.firstRenderMs - run.dataMs)),
    zoomOutMs: medianOrNull(zoomOut),
    scrollP50Ms: medianOrNull(frames.map((deltas) => percentile(deltas, 50))),
    scrollMaxMs: medianOrNull(frames.map((deltas) => Math.max(...deltas))),
    scrollFrames: medianOrNull(frames.map((deltas) => deltas.length)),
    runs: runs.length,
    samples: { zoom: zoomIn.length, zoomOut: zoomOut.length, drag: drags.length },
  };
  const errors = unique(runs.map((run) => run.error).filter(Boolean));
  const notes = unique(runs.flatMap((run) => [...run.notes, ...run.errors.map((e) => `page error: ${e}`)]));
  const why = {};
  const reason = errors[0] ?? notes[0] ?? 'not measured';
  for (const key of ['firstRenderMs', 'scrollP95Ms', 'zoomMs', 'dragCommitMs']) if (figures[key] === null) why[key] = reason;
  if (Object.keys(why).length > 0) figures.nullBecause = why;
  if (errors.length > 0 || notes.length > 0) figures.notes = [...errors, ...notes];
  return figures;
}
