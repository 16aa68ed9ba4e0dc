import { useId, type KeyboardEvent } from 'react';
import { LIMITS } from '@lotrinh/shared';
import { useI18n } from '../../../i18n/i18n.js';

export interface SearchBoxProps {
  value: string;
  count: number;
  current: number;
  onChange: (value: string) => void;
  onStep: (direction: 1 | -1) => void;
}

/** The search field (diacritics optional), the match count, and previous/next match (Enter, Shift+Enter). */
export function SearchBox({ value, count, current, onChange, onStep }: SearchBoxProps) {
  const { t } = useI18n();
  const id = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onStep(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && value !== '') {
      event.preventDefault();
      onChange('');
    }
  };
  const searching = value.trim() !== '';
  return (
    <div className="tl-search" role="search">
      <label htmlFor={id} className="tl-visually-hidden">
        {t('timeline.search')}
      </label>
      <input
        id={id}
        type="search"
        className="tl-input tl-search__input"
        value={value}
        maxLength={LIMITS.searchMaxLength}
        placeholder={t('timeline.search.placeholder')}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={onKeyDown}
      />
      <span className="tl-search__count" role="status" aria-live="polite">
        {searching &&
          (count > 0 ? (
            <span aria-label={t('timeline.search.countLong', { index: current + 1, count })}>
              {t('timeline.search.count', { index: current + 1, count })}
            </span>
          ) : (
            t('timeline.search.none')
          ))}
      </span>
      <button
        type="button"
        className="tl-button tl-button--icon"
        aria-label={t('timeline.search.prev')}
        title={t('timeline.search.prev')}
        disabled={count === 0}
        onClick={() => onStep(-1)}
      >
        <span aria-hidden="true">↑</span>
      </button>
      <button
        type="button"
        className="tl-button tl-button--icon"
        aria-label={t('timeline.search.next')}
        title={t('timeline.search.next')}
        disabled={count === 0}
        onClick={() => onStep(1)}
      >
        <span aria-hidden="true">↓</span>
      </button>
    </div>
  );
}
