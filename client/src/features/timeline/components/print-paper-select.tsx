import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { isPaper, PAPERS, type Paper } from '../model/paper.js';

/** The paper a print or a PDF uses: A4 or A3, both landscape. */
export function PrintPaperSelect({ paper, onChange }: { paper: Paper; onChange: (paper: Paper) => void }) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="tl-field">
      <label htmlFor={id}>{t('timeline.print.paper')}</label>
      <select id={id} className="tl-input" value={paper} onChange={(event) => isPaper(event.target.value) && onChange(event.target.value)}>
        {PAPERS.map((option) => (
          <option key={option} value={option}>
            {t(`timeline.print.paper.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
