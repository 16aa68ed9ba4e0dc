/** Frame timing helpers: everything the probe measures ends at a painted frame. */

/** performance.now() just after the next frame is painted: a task posted from requestAnimationFrame runs after it. */
export function afterPaint(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(() => postTask(() => resolve(performance.now()))));
}

/** Runs `callback` in a task of its own; called from requestAnimationFrame, that is just after the frame's paint. */
export function afterThisPaint(callback: () => void): void {
  postTask(callback);
}

function postTask(callback: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback();
  channel.port2.postMessage(null);
}

/**
 * The time just after the paint of the first frame in which `check()` holds (checked in requestAnimationFrame,
 * i.e. on the DOM that frame paints), or null after `timeoutMs`.
 */
export function paintedWhen(check: () => boolean, timeoutMs: number): Promise<number | null> {
  const started = performance.now();
  return new Promise((resolve) => {
    const tick = () => {
      if (check()) return postTask(() => resolve(performance.now()));
      if (performance.now() - started > timeoutMs) return resolve(null);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Resolves once `count` frames have passed (lets deferred work and debounced reports settle). */
export function frames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const tick = (left: number) => (left <= 0 ? resolve() : requestAnimationFrame(() => tick(left - 1)));
    tick(count);
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
