import { useI18n } from '../../../i18n/i18n.js';
import type { PrintControls } from '../hooks/use-print-mode.js';
import { PrintPaperSelect } from './print-paper-select.js';

/** Paper, print, PDF and PNG, with what went wrong: in the toolbar's menu and in the preview's bar. */
export function PrintActions({ controls, withPreview }: { controls: PrintControls; withPreview: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <PrintPaperSelect paper={controls.paper} onChange={controls.setPaper} />
      <button type="button" className="tl-button" onClick={controls.print}>
        {t('timeline.print.print')}
      </button>
      {withPreview && (
        <button type="button" className="tl-button" onClick={controls.openPreview}>
          {t('timeline.print.preview')}
        </button>
      )}
      <button type="button" className="tl-button" onClick={controls.exportPdf} title={t('timeline.print.pdfHint')}>
        {t('timeline.print.pdf')}
      </button>
      <button type="button" className="tl-button" onClick={controls.exportPng} disabled={controls.busy} aria-busy={controls.busy}>
        {controls.busy ? t('timeline.print.busy') : t('timeline.print.png')}
      </button>
      {controls.error && (
        <p role="alert" className="tl-print-error">
          {controls.error}
        </p>
      )}
    </>
  );
}
