import type { TaskStatus } from '@lotrinh/shared';
import type { CSSProperties } from 'react';
import type { BarGeometry } from '../model/bar-geometry.js';

export interface PrintBarProps {
  bar: BarGeometry;
  /** Null for a group's band. */
  status: TaskStatus | null;
  /** The row's top in the page body; the bar's own y is inside its row. */
  top: number;
  label: string;
}

/**
 * A bar on paper, drawn as on screen (status colours, progress fill, hatched derived dates, faded unknown
 * ends, milestone diamonds, summary brackets), with real elements rather than pseudo-elements, so that a PNG
 * of the sheet shows all of it.
 */
export function PrintBar({ bar, status, top, label }: PrintBarProps) {
  const classes = [
    'tl-pbar',
    `tl-pbar--${bar.shape}`,
    status ? `tl-status--${status}` : 'tl-status--GROUP',
    bar.openStart && 'tl-pbar--open-start',
    bar.openEnd && 'tl-pbar--open-end',
    bar.derivedStart && 'tl-pbar--derived-start',
    bar.derivedEnd && 'tl-pbar--derived-end',
  ]
    .filter(Boolean)
    .join(' ');
  const style: CSSProperties = { left: `${bar.x}px`, top: `${top + bar.y}px`, width: `${bar.width}px`, height: `${bar.height}px` };
  const hatched = bar.derivedStart || bar.derivedEnd;
  if (bar.shape === 'milestone') {
    return (
      <div className={classes} style={style} role="img" aria-label={label}>
        <span className="tl-pbar__diamond">{hatched && <span className="tl-pbar__hatch" />}</span>
      </div>
    );
  }
  return (
    <div className={classes} style={style} role="img" aria-label={label}>
      {bar.progress !== null && <span className="tl-pbar__fill" style={{ width: `${Math.min(100, Math.max(0, bar.progress))}%` }} />}
      {hatched && <span className="tl-pbar__hatch" />}
      {(bar.shape === 'summary' || bar.shape === 'group') && (
        <>
          <span className="tl-pbar__tick tl-pbar__tick--start" />
          <span className="tl-pbar__tick tl-pbar__tick--end" />
        </>
      )}
    </div>
  );
}
