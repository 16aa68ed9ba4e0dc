import { useId, useState, type FormEvent } from 'react';
import { DEPENDENCY_TYPES, LIMITS } from '@lotrinh/shared';
import { useI18n } from '../../../i18n/i18n.js';
import { linkDraftOf, validateLinkEdit, type LinkDraft } from '../model/link-edit.js';
import type { TaskLink } from '../model/link.js';
import type { LinkSettings } from '../model/types.js';

export interface LinkEditFormProps {
  link: TaskLink;
  /** The link in words, naming the form for screen readers. */
  text: string;
  onChange: (link: TaskLink, next: LinkSettings) => void;
}

/**
 * A dependency's kind and lag in days, saved with "Lưu" (or Enter in the lag). The owner keys the form by
 * the link's values, so it starts again from the data once a change (or its undo) arrives.
 */
export function LinkEditForm({ link, text, onChange }: LinkEditFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState<LinkDraft>(() => linkDraftOf({ link }));
  const [error, setError] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = validateLinkEdit({ draft, link });
    setError(result.error);
    if (result.change) onChange(link, result.change);
  };
  return (
    <form className="tl-link-form" onSubmit={submit} noValidate aria-label={t('timeline.link.edit.name', { text })}>
      <label htmlFor={`${id}-type`}>{t('timeline.link.type')}</label>
      <select
        id={`${id}-type`}
        className="tl-input"
        value={draft.type}
        onChange={(event) =>
          setDraft((current) => ({ ...current, type: DEPENDENCY_TYPES.find((type) => type === event.target.value) ?? current.type }))
        }
      >
        {DEPENDENCY_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`timeline.link.type.${type}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-lag`}>{t('timeline.link.lag')}</label>
      <input
        id={`${id}-lag`}
        className="tl-input tl-link-form__lag"
        type="number"
        inputMode="numeric"
        step={1}
        min={-LIMITS.lagDaysMax}
        max={LIMITS.lagDaysMax}
        value={draft.lag}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(event) => setDraft((current) => ({ ...current, lag: event.target.value }))}
      />
      <button type="submit" className="tl-button tl-button--small">
        {t('timeline.link.save')}
      </button>
      {error && (
        <p id={`${id}-error`} className="tl-form__error tl-link-form__error">
          {t(error, { max: LIMITS.lagDaysMax })}
        </p>
      )}
    </form>
  );
}
