import { useI18n } from '../../../i18n/i18n.js';
import { ZOOM_LEVELS } from '../model/zoom-levels.js';
import type { ZoomLevelId, ZoomSetting } from '../model/types.js';

export interface ZoomControlsProps {
  zoom: ZoomSetting;
  onZoom: (level: ZoomLevelId) => void;
  onStep: (direction: 1 | -1) => void;
  onFit: () => void;
}

/** Zoom level buttons (year, quarter, month, week), zoom in/out and "fit all", each with an accessible name. */
export function ZoomControls({ zoom, onZoom, onStep, onFit }: ZoomControlsProps) {
  const { t } = useI18n();
  return (
    <div className="tl-button-group" role="group" aria-label={t('timeline.zoom.group')}>
      {ZOOM_LEVELS.map((level) => (
        <button
          key={level.id}
          type="button"
          className="tl-button"
          aria-pressed={zoom === level.id}
          aria-label={t(`timeline.zoom.${level.id}.name`)}
          data-zoom={level.id}
          onClick={() => onZoom(level.id)}
        >
          {t(`timeline.zoom.${level.id}`)}
        </button>
      ))}
      <button
        type="button"
        className="tl-button"
        aria-pressed={zoom === 'FIT'}
        aria-label={t('timeline.fitAll.name')}
        data-zoom="FIT"
        onClick={onFit}
      >
        {t('timeline.fitAll')}
      </button>
      <button
        type="button"
        className="tl-button tl-button--icon"
        aria-label={t('timeline.zoom.out')}
        title={t('timeline.zoom.out')}
        onClick={() => onStep(-1)}
      >
        <span aria-hidden="true">−</span>
      </button>
      <button
        type="button"
        className="tl-button tl-button--icon"
        aria-label={t('timeline.zoom.in')}
        title={t('timeline.zoom.in')}
        onClick={() => onStep(1)}
      >
        <span aria-hidden="true">+</span>
      </button>
    </div>
  );
}
