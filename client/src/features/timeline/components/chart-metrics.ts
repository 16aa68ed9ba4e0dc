import { ROW_HEIGHT } from '../model/layout.js';

/** Sizes shared by the components and the stylesheet (which reads them as CSS variables). */
export const HEADER_ROW_HEIGHT = 26;
export const MARKER_LANE_HEIGHT = 20;
export const HEADER_HEIGHT = HEADER_ROW_HEIGHT * 2 + MARKER_LANE_HEIGHT;
export { ROW_HEIGHT };

/** Width a year needs on the time axis for its label ("2019") to show in full. */
export const MIN_YEAR_PX = 48;

/** Room kept right of a bar for its title, so a bar just left of the window still shows its label. */
export const LABEL_ALLOWANCE_PX = 320;

export const METRIC_VARIABLES: Record<string, string> = {
  '--tl-row-h': `${ROW_HEIGHT}px`,
  '--tl-header-row-h': `${HEADER_ROW_HEIGHT}px`,
  '--tl-marker-lane-h': `${MARKER_LANE_HEIGHT}px`,
  '--tl-header-h': `${HEADER_HEIGHT}px`,
};
