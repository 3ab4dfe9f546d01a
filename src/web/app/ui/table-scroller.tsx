import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface TableScrollerProps {
  /** Names the region for screen readers, e.g. the page's title. */
  label: string;
  minWidth: number;
  children: ReactNode;
}

/**
 * A wide table scrolls sideways on a phone inside a named, focusable region, so keyboard users can
 * scroll it too (native scrolling: smoother on cheap phones than a scripted scroll area).
 */
export function TableScroller({ label, minWidth, children }: TableScrollerProps) {
  return (
    <Table.ScrollContainer type="native" minWidth={minWidth} tabIndex={0} role="region" aria-label={label}>
      {children}
    </Table.ScrollContainer>
  );
}
