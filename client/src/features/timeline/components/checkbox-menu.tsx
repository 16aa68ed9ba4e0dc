import { useId } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { useDisclosure } from '../hooks/use-disclosure.js';
import { useMirror } from '../hooks/use-mirror.js';

export interface CheckboxOption {
  value: string;
  label: string;
  /** Shown after the label, e.g. a count. */
  hint?: string;
}

export interface CheckboxMenuProps {
  /** The filter's name: the button's and the group's accessible name. */
  label: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
}

/**
 * A multi-select as a disclosure: a button that says what is chosen, opening a group of checkboxes. Escape
 * or a click elsewhere closes it (the focus goes back to the button); nothing traps the keyboard.
 */
export function CheckboxMenu({ label, options, selected: given, onChange: send }: CheckboxMenuProps) {
  const { t } = useI18n();
  const [selected, setSelected] = useMirror<readonly string[]>(given, (values) => values.join('\u0001'));
  const onChange = (values: string[]) => {
    setSelected(values);
    send(values);
  };
  const { open, setOpen, rootRef, buttonRef, onKeyDown } = useDisclosure();
  const panelId = useId();
  const chosen = new Set(selected);

  const toggle = (value: string, on: boolean) => {
    const next = on ? [...selected, value] : selected.filter((v) => v !== value);
    onChange(options.map((option) => option.value).filter((v) => next.includes(v)));
  };
  const summary =
    selected.length === 0
      ? t('timeline.filter.all')
      : selected.length === 1
        ? (options.find((option) => option.value === selected[0])?.label ?? selected[0])
        : t('timeline.filter.chosen', { count: selected.length });

  return (
    <div ref={rootRef} className="tl-menu" onKeyDown={onKeyDown}>
      <button
        ref={buttonRef}
        type="button"
        className={`tl-button tl-menu__button${selected.length > 0 ? ' tl-menu__button--active' : ''}`}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="tl-menu__label">{label}:</span> <span className="tl-menu__summary">{summary}</span>
        <span aria-hidden="true"> ▾</span>
      </button>
      <fieldset id={panelId} className="tl-menu__panel" hidden={!open}>
        <legend className="tl-visually-hidden">{label}</legend>
        {selected.length > 0 && (
          <button type="button" className="tl-button tl-menu__clear" onClick={() => onChange([])}>
            {t('timeline.filter.clearOne', { name: label })}
          </button>
        )}
        {options.map((option) => (
          <label key={option.value} className="tl-menu__option">
            <input type="checkbox" checked={chosen.has(option.value)} onChange={(event) => toggle(option.value, event.target.checked)} />
            <span>{option.label}</span>
            {option.hint && <span className="tl-menu__hint">{option.hint}</span>}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
