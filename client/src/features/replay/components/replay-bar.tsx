import { isLocalDate, type LocalDate } from '@lotrinh/shared';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../../../i18n/i18n.js';
import { usePlayback } from '../hooks/use-playback.js';
import { useReducedMotion } from '../hooks/use-reduced-motion.js';
import { isStepKey, stepDate } from '../model/calendar-step.js';
import { clampToReplay, dateAtDayIndex, dayIndexOf, REPLAY_END, REPLAY_LAST_INDEX, REPLAY_START } from '../model/replay-range.js';
import '../replay.css';

export interface ReplayBarProps {
  /** The day shown; null for today. */
  asOf: LocalDate | null;
  /** Today, where the app runs. */
  today: LocalDate;
  onChange: (date: LocalDate | null) => void;
}

/** A pointer drag settles for this long before the URL (and so every query) follows. */
const DRAG_SETTLE_MS = 150;

/**
 * The replay bar: a date slider over 2013–2025 (arrows by a day or a month, PageUp/PageDown by a year),
 * a date field, Play through the years (a year at a time when reduced motion is asked for) and a way back to today.
 */
export function ReplayBar({ asOf, today, onChange }: ReplayBarProps) {
  const { t, formatDate } = useI18n();
  const ids = { slider: useId(), date: useId(), keys: useId() };
  const shown = asOf ?? clampToReplay(today);
  const [draft, setDraftState] = useState<LocalDate>(shown);
  // The latest day, read by key presses that come faster than the URL follows (key repeat), and the days
  // sent to the URL that it has not shown yet: those coming back are echoes, not changes from elsewhere.
  const latest = useRef<LocalDate>(shown);
  const pending = useRef<LocalDate[]>([]);
  const setDraft = (date: LocalDate) => {
    latest.current = date;
    setDraftState(date);
  };
  const settle = useRef<number | undefined>(undefined);
  const reducedMotion = useReducedMotion();
  const playback = usePlayback({ asOf, setAsOf: onChange, mode: reducedMotion ? 'step' : 'animate' });

  useEffect(() => {
    const echo = pending.current.indexOf(shown);
    if (echo >= 0) {
      pending.current = pending.current.slice(echo + 1);
      if (pending.current.length > 0) return;
    } else pending.current = [];
    latest.current = shown;
    setDraftState(shown);
  }, [shown]);
  useEffect(() => () => window.clearTimeout(settle.current), []);

  const send = (date: LocalDate) => {
    pending.current.push(date);
    onChange(date);
  };
  const commit = (date: LocalDate) => {
    window.clearTimeout(settle.current);
    setDraft(date);
    send(date);
  };
  const onSlide = (index: number) => {
    playback.stop();
    const date = dateAtDayIndex(index);
    setDraft(date);
    window.clearTimeout(settle.current);
    settle.current = window.setTimeout(() => send(date), DRAG_SETTLE_MS);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!isStepKey(event.key)) return;
    event.preventDefault();
    playback.stop();
    commit(stepDate({ date: latest.current, key: event.key }));
  };
  const onDateInput = (value: string) => {
    if (!isLocalDate(value)) return;
    playback.stop();
    commit(clampToReplay(value));
  };

  const backToToday = () => {
    playback.stop();
    onChange(null);
  };

  return (
    <section className="replay-bar" aria-label={t('replay.region')}>
      <label htmlFor={ids.slider} className="replay-label">
        {t('replay.slider')}
      </label>
      <input
        id={ids.slider}
        className="replay-slider"
        type="range"
        min={0}
        max={REPLAY_LAST_INDEX}
        step={1}
        value={dayIndexOf(draft)}
        aria-valuetext={formatDate(draft)}
        aria-describedby={ids.keys}
        onChange={(event) => onSlide(Number(event.target.value))}
        onKeyDown={onKeyDown}
      />
      <output htmlFor={ids.slider} className="replay-value" data-testid="replay-value">
        {formatDate(draft)}
      </output>
      <label htmlFor={ids.date} className="visually-hidden">
        {t('replay.dateInput')}
      </label>
      <input
        id={ids.date}
        className="replay-date"
        type="date"
        min={REPLAY_START}
        max={REPLAY_END}
        value={draft}
        onChange={(event) => onDateInput(event.target.value)}
      />
      <button type="button" className="replay-play" aria-pressed={playback.playing} onClick={playback.toggle}>
        {playback.playing ? t('replay.pause') : t('replay.play')}
      </button>
      <button type="button" className="replay-now" onClick={backToToday} disabled={asOf === null}>
        {t('replay.now')}
      </button>
      <span className="replay-state">
        {asOf ? t('replay.asOf', { date: formatDate(asOf) }) : t('replay.live', { date: formatDate(today) })}
      </span>
      <p id={ids.keys} className="replay-keys">
        {t('replay.keys')} {reducedMotion && t('replay.reducedMotion')}
      </p>
      <p className="replay-print-stamp" aria-hidden="true">
        {t('replay.printStamp', {
          state: asOf ? t('replay.asOf', { date: formatDate(asOf) }) : t('replay.live', { date: formatDate(today) }),
          date: formatDate(today),
        })}
      </p>
      <p className="visually-hidden" role="status">
        {playback.playing ? t('replay.playing', { date: formatDate(draft) }) : ''}
      </p>
    </section>
  );
}
