import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { useDisclosure } from '../hooks/use-disclosure.js';
import type { PrintControls } from '../hooks/use-print-mode.js';
import { PrintActions } from './print-actions.js';

/** "In, xuất": a toolbar button opening the paper choice, print, preview, PDF and PNG. */
export function PrintMenu({ controls }: { controls: PrintControls }) {
  const { t } = useI18n();
  const { open, setOpen, rootRef, buttonRef, onKeyDown } = useDisclosure();
  const panelId = useId();
  return (
    <div ref={rootRef} className="tl-menu" onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className="tl-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {t('timeline.print.menu')}
        <span aria-hidden="true"> ▾</span>
      </button>
      <div id={panelId} className="tl-menu__panel tl-print-menu" role="group" aria-label={t('timeline.print.menu')} hidden={!open}>
        <PrintActions controls={controls} withPreview />
        <p className="tl-print-menu__hint">{t('timeline.print.pdfHint')}</p>
      </div>
    </div>
  );
}
