import { memo, useId } from 'react';
import type { LocalDate } from '@lotrinh/shared';
import { useI18n } from '../../../i18n/i18n.js';
import type { Grouping, ZoomLevelId, ZoomSetting } from '../model/types.js';
import type { PrintControls } from '../hooks/use-print-mode.js';
import { GoToDate } from './go-to-date.js';
import { PrintMenu } from './print-menu.js';
import { SearchBox } from './search-box.js';
import { StatusLegend } from './status-legend.js';
import { ZoomControls } from './zoom-controls.js';

const GROUPINGS: readonly Grouping[] = ['none', 'plan', 'leadUnit', 'document'];

export interface TimelineToolbarProps {
  zoom: ZoomSetting;
  onZoom: (level: ZoomLevelId) => void;
  onZoomStep: (direction: 1 | -1) => void;
  onFit: () => void;
  today: LocalDate;
  domain: { start: LocalDate; end: LocalDate };
  onGoToDate: (date: LocalDate) => void;
  grouping: Grouping;
  onGrouping: (grouping: Grouping) => void;
  search: string;
  matchCount: number;
  currentMatch: number;
  onSearch: (value: string) => void;
  onSearchStep: (direction: 1 | -1) => void;
  canUndo: boolean;
  canRedo: boolean;
  onUndo: () => void;
  onRedo: () => void;
  /** Given, a "Thêm nhiệm vụ" button opens the new-task form. */
  onCreate?: () => void;
  /** Given, an "In, xuất" menu prints the view or exports it as PDF or PNG. */
  print?: PrintControls;
}

/** Zoom, fit all, go to date, undo/redo, adding a task, grouping, print and export, search and the legend. */
export const TimelineToolbar = memo(function TimelineToolbar(props: TimelineToolbarProps) {
  const { t } = useI18n();
  const groupingId = useId();
  return (
    <div className="tl-toolbar" role="toolbar" aria-label={t('timeline.toolbar')}>
      <div className="tl-toolbar__row">
        <ZoomControls zoom={props.zoom} onZoom={props.onZoom} onStep={props.onZoomStep} onFit={props.onFit} />
        <GoToDate today={props.today} min={props.domain.start} max={props.domain.end} onGo={props.onGoToDate} />
        <div className="tl-button-group">
          <button type="button" className="tl-button" disabled={!props.canUndo} onClick={props.onUndo} aria-keyshortcuts="Control+Z Meta+Z">
            {t('timeline.undo')}
          </button>
          <button
            type="button"
            className="tl-button"
            disabled={!props.canRedo}
            onClick={props.onRedo}
            aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
          >
            {t('timeline.redo')}
          </button>
        </div>
        {props.onCreate && (
          <button type="button" className="tl-button tl-button--primary" onClick={props.onCreate}>
            {t('timeline.create')}
          </button>
        )}
        <div className="tl-field">
          <label htmlFor={groupingId}>{t('timeline.grouping')}</label>
          <select
            id={groupingId}
            className="tl-input"
            value={props.grouping}
            onChange={(event) => props.onGrouping(event.target.value as Grouping)}
          >
            {GROUPINGS.map((grouping) => (
              <option key={grouping} value={grouping}>
                {t(`timeline.grouping.${grouping}`)}
              </option>
            ))}
          </select>
        </div>
        {props.print && <PrintMenu controls={props.print} />}
        <SearchBox
          value={props.search}
          count={props.matchCount}
          current={props.currentMatch}
          onChange={props.onSearch}
          onStep={props.onSearchStep}
        />
      </div>
      <StatusLegend />
    </div>
  );
});
