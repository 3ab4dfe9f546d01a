import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** One panel of the case page: a titled region, so screen readers can jump between them. */
export function CaseSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper
      component="section"
      id={id}
      withBorder
      p="md"
      aria-labelledby={`${id}-heading`}
      className="case-section"
    >
      <Title order={2} size="h4" id={`${id}-heading`} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** A label and its value in a definition list (`<dl className="case-facts">`). */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="case-fact">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
