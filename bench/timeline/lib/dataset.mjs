// What the generated datasets hold (the pages generate the same tasks themselves; see generate-tasks.mjs).
import { generateTasks } from './generate-tasks.mjs';

export function describeDatasets({ sizes }) {
  const summary = {};
  for (const size of sizes) {
    const tasks = generateTasks({ count: size });
    summary[size] = {
      tasks: tasks.length,
      units: new Set(tasks.map((task) => task.leadUnit.code)).size,
      dependencies: tasks.reduce((sum, task) => sum + task.dependencies.length, 0),
      milestones: tasks.filter((task) => task.kind === 'MILESTONE').length,
      unknownDates: tasks.filter((task) => task.start === null || task.due === null).length,
      derivedDates: tasks.filter((task) => task.dueKnown === 'DERIVED').length,
      jsonMb: Math.round(JSON.stringify(tasks).length / 1e5) / 10,
    };
  }
  return summary;
}
