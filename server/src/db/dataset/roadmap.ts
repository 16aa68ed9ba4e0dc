import { documents } from './documents.js';
import { events } from './events.js';
import { indicators } from './indicators.js';
import { observations } from './observations.js';
import { people } from './people.js';
import { plans } from './plans.js';
import { reportingRules } from './reporting-rules.js';
import { tasks } from './tasks.js';
import type { RoadmapDataset } from './types.js';
import { units } from './units.js';

/** The curated roadmap of the Ministry's IT and digital-transformation work, 2013–2025. */
export const roadmap: RoadmapDataset = {
  units,
  people,
  documents,
  events,
  plans,
  tasks,
  observations,
  indicators,
  reportingRules,
};
