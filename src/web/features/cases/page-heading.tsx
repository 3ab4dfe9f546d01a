import { Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageTitle } from '../../app/ui/page-title';

/** The tab title, the page's one h1 and a line under it. */
export function PageHeading({
  title,
  intro,
  children,
}: {
  title: string;
  intro: string;
  children?: ReactNode;
}) {
  return (
    <div>
      <PageTitle>{title}</PageTitle>
      <Title order={1}>{title}</Title>
      <Text c="dimmed">{intro}</Text>
      {children}
    </div>
  );
}
