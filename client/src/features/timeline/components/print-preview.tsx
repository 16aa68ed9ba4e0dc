import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import type { PrintControls } from '../hooks/use-print-mode.js';
import { PrintActions } from './print-actions.js';

/** The printed sheet on screen, page by page, in a modal dialog with the print and export commands. */
export function PrintPreview({ controls, children }: { controls: PrintControls; children: ReactNode }) {
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { closePreview } = controls;
  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog ref={dialogRef} className="tl-preview" aria-labelledby={titleId} onClose={closePreview}>
      <div className="tl-preview__bar">
        <h2 id={titleId} className="tl-preview__title">
          {t('timeline.print.preview')}
        </h2>
        <PrintActions controls={controls} withPreview={false} />
        <button type="button" className="tl-button tl-button--primary" onClick={closePreview} autoFocus>
          {t('timeline.print.previewClose')}
        </button>
      </div>
      <div className="tl-preview__paper">{children}</div>
    </dialog>
  );
}
