/**
 * The page side of the bench: each harness page loads the generated tasks, mounts its library, and hands an
 * Adapter to the probe; run.mjs then drives the measurements through `window.__bench`.
 */
import { ROW_HEIGHT, type Adapter, type ZoomLevel } from './adapter.js';
import { findDragTarget, watchDrag, type DragOutcome, type DragTarget } from './drag.js';
import { frames, paintedWhen } from './frames.js';
import { renderComplete } from './geometry.js';
import { scriptedScroll, type ScrollScript } from './scroll.js';
import { timedZoom } from './zoom.js';

export type { Adapter, ZoomLevel } from './adapter.js';
export { CELL_WIDTH, LIST_COLUMNS, PX_PER_DAY, ROW_HEIGHT } from './adapter.js';

export interface FirstRender {
  /** Navigation start to the tasks being generated and shaped for the library. */
  dataMs: number;
  /** Navigation start to the paint of the first complete frame (see geometry.ts `renderComplete`). */
  firstRenderMs: number | null;
  rendered: { bars: number; rows: number };
}

export interface BenchApi {
  ready: Promise<FirstRender>;
  errors: string[];
  zoom(from: ZoomLevel, to: ZoomLevel, timeoutMs: number): Promise<number | null>;
  scroll(script: ScrollScript): Promise<number[]>;
  pickBar(dx: number, skip: string[]): Promise<DragTarget | null>;
  armDrag(id: string, watchMs: number): void;
  dragResult(): Promise<DragOutcome>;
  settle(): Promise<void>;
}

declare global {
  interface Window {
    __bench: BenchApi;
  }
}

const FIRST_RENDER_TIMEOUT_MS = Number(new URLSearchParams(location.search).get('timeout') ?? '120000');

/** Starts the probe; call `mounted` once the library has been given the data (`dataReady` first). */
export function installProbe(): { dataReady(): void; mounted(adapter: Adapter): void; failed(error: unknown): void } {
  const errors: string[] = [];
  addEventListener('error', (event) => errors.push(String(event.message)));
  addEventListener('unhandledrejection', (event) => errors.push(String(event.reason)));
  let dataMs = NaN;
  let adapter: Adapter | null = null;
  let settle: (result: FirstRender) => void = () => {};
  let fail: (error: unknown) => void = () => {};
  const ready = new Promise<FirstRender>((resolve, reject) => {
    settle = resolve;
    fail = reject;
  });
  let pendingDrag: (() => Promise<DragOutcome>) | null = null;
  const need = () => {
    if (!adapter) throw new Error('no adapter yet');
    return adapter;
  };

  window.__bench = {
    ready,
    errors,
    zoom: (from, to, timeoutMs) => timedZoom(need(), from, to, timeoutMs),
    scroll: (script) => scriptedScroll(need(), script),
    pickBar: (dx, skip) => findDragTarget(need(), dx, new Set(skip)),
    armDrag: (id, watchMs) => {
      pendingDrag = watchDrag(need(), id, watchMs);
    },
    dragResult: () => (pendingDrag ? pendingDrag() : Promise.resolve({ ms: null, reason: 'not armed' })),
    settle: () => frames(3),
  };

  return {
    dataReady: () => {
      dataMs = performance.now();
      performance.mark('bench:data-ready');
    },
    mounted: (given) => {
      adapter = given;
      performance.mark('bench:mounted');
      void paintedWhen(() => renderComplete(given, ROW_HEIGHT), FIRST_RENDER_TIMEOUT_MS).then((painted) => {
        performance.mark('bench:first-render');
        settle({ dataMs, firstRenderMs: painted, rendered: { bars: given.bars().length, rows: given.listRows().length } });
      });
    },
    failed: (error) => {
      errors.push(String(error));
      fail(error);
    },
  };
}
