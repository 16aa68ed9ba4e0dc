import { memo, useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import type { LocalDate } from '@lotrinh/shared';
import type { PrintControls, PrintMode } from '../hooks/use-print-mode.js';
import { usePrintSheet } from '../hooks/use-print-sheet.js';
import type { FilterOptions } from '../model/filter-options.js';
import type { LayoutRow } from '../model/layout.js';
import type { Grouping, TimelineFilters, TimelineMarker } from '../model/types.js';
import { PrintPreview } from './print-preview.js';
import { PrintSheet } from './print-sheet.js';
import '../timeline-print.css';

export interface TimelinePrintProps {
  mode: PrintMode;
  controls: PrintControls;
  onSnapshot: (sheet: HTMLElement) => Promise<void>;
  /** The rows of the view as on screen: grouping, filters, sort and collapsed rows applied. */
  rows: readonly LayoutRow[];
  domain: { start: LocalDate; end: LocalDate };
  asOf: LocalDate;
  markers: readonly TimelineMarker[];
  grouping: Grouping;
  filters: TimelineFilters;
  search: string;
  matchSet: ReadonlySet<string>;
  filterOptions: FilterOptions;
  shown: number;
  total: number;
}

/** The printed timeline, drawn only while printing, previewing or making a PNG; nothing otherwise. */
export const TimelinePrint = memo(function TimelinePrint(props: TimelinePrintProps) {
  const { printing, preview, snapshot } = props.mode;
  return printing || preview || snapshot ? <PrintJob {...props} /> : null;
});

/**
 * Where the sheet goes: straight under `<body>` while printing (the print style sheet shows it alone, free
 * of the app's scrolling layout), in the preview dialog, and off screen while a PNG is made of it.
 */
function PrintJob(props: TimelinePrintProps) {
  const { mode, controls, onSnapshot, asOf, markers, matchSet } = props;
  const sheet = usePrintSheet({ ...props, paper: mode.paper, matchCount: matchSet.size });
  const snapshotRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (mode.snapshot && snapshotRef.current) void onSnapshot(snapshotRef.current);
  }, [mode.snapshot, onSnapshot]);
  const drawn = { sheet, markers, asOf, matchSet };
  return (
    <>
      {mode.printing &&
        createPortal(
          <div className="tl-print-host">
            <PrintSheet {...drawn} />
          </div>,
          document.body,
        )}
      {mode.preview && (
        <PrintPreview controls={controls}>
          <PrintSheet {...drawn} />
        </PrintPreview>
      )}
      {mode.snapshot &&
        createPortal(
          <div className="tl-snapshot-host" aria-hidden="true">
            <PrintSheet {...drawn} sheetRef={snapshotRef} />
          </div>,
          document.body,
        )}
    </>
  );
}
