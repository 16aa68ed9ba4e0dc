/** An edge `from` depends on `to`. */
export interface DependencyEdge {
  from: number;
  to: number;
}

/** Whether adding "task depends on dependsOn" closes a loop: dependsOn already reaches task. */
export function wouldCreateCycle(edges: readonly DependencyEdge[], task: number, dependsOn: number): boolean {
  if (task === dependsOn) return true;
  const next = new Map<number, number[]>();
  for (const { from, to } of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const seen = new Set<number>();
  const stack = [dependsOn];
  while (stack.length) {
    const current = stack.pop()!;
    if (current === task) return true;
    if (seen.has(current)) continue;
    seen.add(current);
    stack.push(...(next.get(current) ?? []));
  }
  return false;
}
