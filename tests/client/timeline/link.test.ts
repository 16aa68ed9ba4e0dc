import { describe, expect, it } from 'vitest';
import { findDependency, linkProblem, linksOf, linkTypeFor } from '../../../client/src/features/timeline/model/link.js';
import { makeTask } from './fixtures.js';

const dep = (toTaskId: string, id = `d-${toTaskId}`) => ({ id, toTaskId, type: 'FINISH_TO_START' as const, lagDays: 0 });

describe('linkTypeFor', () => {
  const target = { x: 100, width: 100 };
  it('picks the dependent’s start or finish by the half of its bar the link is dropped on', () => {
    expect(linkTypeFor({ side: 'end', x: 120, target })).toBe('FINISH_TO_START');
    expect(linkTypeFor({ side: 'end', x: 180, target })).toBe('FINISH_TO_FINISH');
    expect(linkTypeFor({ side: 'start', x: 149, target })).toBe('START_TO_START');
    expect(linkTypeFor({ side: 'start', x: 150, target })).toBe('START_TO_FINISH');
  });
});

describe('linkProblem', () => {
  // c depends on b, b depends on a.
  const tasks = [makeTask({ id: 'a' }), makeTask({ id: 'b', dependencies: [dep('a')] }), makeTask({ id: 'c', dependencies: [dep('b')] }), makeTask({ id: 'd' })];
  const tasksById = new Map(tasks.map((task) => [task.id, task]));

  it('refuses a self-link, a link already there, and a cycle however long', () => {
    expect(linkProblem({ tasksById, dependentId: 'a', predecessorId: 'a' })).toBe('self');
    expect(linkProblem({ tasksById, dependentId: 'b', predecessorId: 'a' })).toBe('duplicate');
    expect(linkProblem({ tasksById, dependentId: 'a', predecessorId: 'b' })).toBe('cycle');
    expect(linkProblem({ tasksById, dependentId: 'a', predecessorId: 'c' })).toBe('cycle');
  });

  it('accepts new links that close no loop, also between tasks it does not know', () => {
    expect(linkProblem({ tasksById, dependentId: 'c', predecessorId: 'a' })).toBeNull();
    expect(linkProblem({ tasksById, dependentId: 'd', predecessorId: 'c' })).toBeNull();
    expect(linkProblem({ tasksById, dependentId: 'x', predecessorId: 'y' })).toBeNull();
  });

  it('finds a dependency and lists a task’s own links before its successors’', () => {
    expect(findDependency({ tasksById, dependentId: 'c', predecessorId: 'b' })?.id).toBe('d-b');
    expect(findDependency({ tasksById, dependentId: 'b', predecessorId: 'c' })).toBeNull();
    expect(linksOf({ taskId: 'b', tasks }).map((link) => `${link.dependentId}→${link.predecessorId}`)).toEqual(['b→a', 'c→b']);
    expect(linksOf({ taskId: 'd', tasks })).toEqual([]);
  });
});
