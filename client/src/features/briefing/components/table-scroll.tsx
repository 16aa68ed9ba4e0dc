import type { ReactNode } from 'react';

export interface TableScrollProps {
  /** Id of the heading that names the table's section. */
  labelledBy: string;
  children: ReactNode;
}

/** A wide table scrolls sideways inside its own region, which the keyboard can reach and scroll. */
export function TableScroll({ labelledBy, children }: TableScrollProps) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
