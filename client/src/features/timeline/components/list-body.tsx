import { memo } from 'react';
import { useRowSlots } from '../hooks/use-row-slots.js';
import type { PlacedRow } from '../model/row-geometry.js';
import { ListRow } from './list-row.js';

export interface ListBodyProps {
  placed: readonly PlacedRow[];
  selected: string | null;
  matchSet: ReadonlySet<string>;
  currentMatch: string | null;
  onToggle: (key: string) => void;
  onPick: (key: string) => void;
}

/** The task list's rendered rows (the same window as the chart's). */
export const ListBody = memo(function ListBody({ placed, selected, matchSet, currentMatch, onToggle, onPick }: ListBodyProps) {
  // Rows keep their DOM nodes while they stay; rows scrolling in reuse those of rows scrolling out.
  const slots = useRowSlots(placed);
  return (
    <>
      {placed.map(({ index, row, dates }) => (
        <ListRow
          key={slots.get(row.key)}
          index={index}
          row={row}
          dates={dates}
          selected={selected === row.key}
          match={matchSet.has(row.key) ? (row.key === currentMatch ? 'current' : 'match') : 'none'}
          onToggle={onToggle}
          onPick={onPick}
        />
      ))}
    </>
  );
});
