import { useI18n } from '../../../i18n/i18n.js';
import type { CitationData } from '../api/task-detail.query.js';

export interface CitationListProps {
  citations: CitationData[];
  onOpen: (citation: CitationData) => void;
}

/** Each source with its verbatim quote; a seed source opens in the reader at the quote. */
export function CitationList({ citations, onOpen }: CitationListProps) {
  const { t } = useI18n();
  if (citations.length === 0) return <p>{t('detail.noCitations')}</p>;
  return (
    <ul className="citations">
      {citations.map((citation) => (
        <li key={citation.id}>
          <blockquote lang="vi">“{citation.quote}”</blockquote>
          {citation.sourceFile ? (
            <button type="button" onClick={() => onOpen(citation)}>
              {t('detail.openSource', { file: citation.sourceFile })}
            </button>
          ) : (
            <span className="citation-external">
              {t('detail.external', { confidence: citation.confidence ?? '—' })} <code>{citation.url}</code>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
