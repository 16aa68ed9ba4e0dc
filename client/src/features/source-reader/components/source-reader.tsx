import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { splitAtQuote } from '../model/split-at-quote.js';

export interface SourceReaderProps {
  file: string;
  quote: string;
  onClose: () => void;
}

/** A seed document in a dialog, the quoted passage highlighted and scrolled into view. */
export function SourceReader({ file, quote, onClose }: SourceReaderProps) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const mark = useRef<HTMLElement>(null);
  const [text, setText] = useState<string | null>(null);

  useEffect(() => {
    dialog.current?.showModal();
    let live = true;
    fetch(`/api/sources/${encodeURIComponent(file)}`)
      .then((response) => (response.ok ? response.text() : Promise.reject(new Error(response.statusText))))
      .then((body) => live && setText(body))
      .catch(() => live && setText(''));
    return () => {
      live = false;
    };
  }, [file]);

  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [text]);

  const parts = text === null ? null : splitAtQuote(text, quote);
  return (
    <dialog ref={dialog} className="source-reader" aria-label={t('reader.title', { file })} onClose={onClose}>
      <header>
        <h2>{t('reader.title', { file })}</h2>
        <button type="button" onClick={() => dialog.current?.close()} aria-label={t('reader.close')}>
          ×
        </button>
      </header>
      {text === null && <p role="status">{t('app.loading')}</p>}
      {text !== null && !parts && <p role="alert">{t('reader.notFound')}</p>}
      <pre lang="vi" className="source-reader-text">
        {parts ? (
          <>
            {parts.before}
            <mark ref={mark}>{parts.match}</mark>
            {parts.after}
          </>
        ) : (
          text
        )}
      </pre>
    </dialog>
  );
}
