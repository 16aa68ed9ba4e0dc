import { useCallback, useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { LocalDate } from '@lotrinh/shared';
import { useI18n } from '../../../i18n/i18n.js';
import { downloadBlob } from '../../../lib/download.js';
import { exportFileName } from '../../../lib/export-file-name.js';
import { elementToPng } from '../../../lib/png-snapshot.js';
import type { Paper } from '../model/paper.js';

/** What the printed sheet is drawn for at the moment: the browser printing, the on-screen preview, a PNG. */
export interface PrintMode {
  paper: Paper;
  printing: boolean;
  preview: boolean;
  snapshot: boolean;
}

/** The toolbar's and the preview's print and export commands. */
export interface PrintControls {
  paper: Paper;
  setPaper: (paper: Paper) => void;
  /** The browser's print dialog. */
  print: () => void;
  /** The same dialog with the file name set for "Save as PDF" (browsers name the PDF after the page title). */
  exportPdf: () => void;
  exportPng: () => void;
  preview: boolean;
  openPreview: () => void;
  closePreview: () => void;
  /** A PNG is being made. */
  busy: boolean;
  error: string | null;
}

/**
 * The timeline's print mode. The sheet with every row is drawn only while it is needed: from `beforeprint` to
 * `afterprint` (so Ctrl+P prints it too, not only the toolbar's button), while the preview is open, and while
 * a PNG of it is made; the rest of the time nothing of it is in the page.
 */
export function usePrintMode({ asOf }: { asOf: LocalDate }): {
  mode: PrintMode;
  controls: PrintControls;
  /** The sheet drawn for a PNG calls this once it is in the page. */
  onSnapshot: (sheet: HTMLElement) => Promise<void>;
} {
  const { t } = useI18n();
  const [paper, setPaper] = useState<Paper>('A4');
  const [printing, setPrinting] = useState(false);
  const [preview, setPreview] = useState(false);
  const [snapshot, setSnapshot] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // The print layout is taken right after this event: the sheet must be in the page by then.
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);

  const fileName = useCallback((ext: string) => exportFileName({ what: 'tien-do', asOf, scope: [paper], ext }), [asOf, paper]);
  const print = useCallback(() => {
    setError(null);
    window.print();
  }, []);
  const exportPdf = useCallback(() => {
    setError(null);
    const title = document.title;
    document.title = fileName('pdf').replace(/\.pdf$/, '');
    try {
      window.print();
    } finally {
      document.title = title;
    }
  }, [fileName]);
  const exportPng = useCallback(() => {
    setError(null);
    setSnapshot(true);
  }, []);
  const onSnapshot = useCallback(
    async (sheet: HTMLElement) => {
      try {
        downloadBlob(await elementToPng(sheet, { scale: 2 }), fileName('png'));
      } catch (failure) {
        setError(t('timeline.print.failed', { message: failure instanceof Error ? failure.message : String(failure) }));
      } finally {
        setSnapshot(false);
      }
    },
    [fileName, t],
  );
  const openPreview = useCallback(() => setPreview(true), []);
  const closePreview = useCallback(() => setPreview(false), []);

  const mode = useMemo(() => ({ paper, printing, preview, snapshot }), [paper, printing, preview, snapshot]);
  const controls = useMemo(
    () => ({ paper, setPaper, print, exportPdf, exportPng, preview, openPreview, closePreview, busy: snapshot, error }),
    [paper, print, exportPdf, exportPng, preview, openPreview, closePreview, snapshot, error],
  );
  return { mode, controls, onSnapshot };
}
