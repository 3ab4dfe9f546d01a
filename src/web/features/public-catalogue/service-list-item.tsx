import { Anchor, Badge, Paper, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import type { TServiceSummary } from '../../../domain/catalogue/standard';
import type { ListReturnState } from './page-parts';

/** One service in the list (its group names its kind): its name is the link, the whole card the target. */
export function ServiceListItem({ slug, service }: { slug: string; service: TServiceSummary }) {
  const { t } = useTranslation();
  const returnState: ListReturnState = { listSearch: useLocation().search };
  return (
    <Paper component="li" withBorder p="md" className="service-card">
      <Title order={3} size="h4">
        <Anchor
          component={Link}
          to={`/${slug}/layanan/${service.code}`}
          state={returnState}
          className="service-card-link"
        >
          {service.name}
        </Anchor>
      </Title>
      {service.channel && (
        <Badge variant="outline" color="gray" mt={6}>
          {t(`publicCatalogue.channel.${service.channel}`)}
        </Badge>
      )}
      {service.summary && <Text mt="xs">{service.summary}</Text>}
      <dl className="fact-list">
        {service.divisionName && (
          <Fact label={t('publicCatalogue.fact.division')}>{service.divisionName}</Fact>
        )}
        <Fact label={t('publicCatalogue.fact.completionTime')} clamp>
          {service.completionTime.text}
        </Fact>
        <Fact label={t('publicCatalogue.fact.fee')} clamp>
          {service.fee}
        </Fact>
        <Fact label={t('publicCatalogue.fact.product')} clamp>
          {service.product}
        </Fact>
      </dl>
      {service.toConfirmCount > 0 && (
        <Text size="sm" mt="xs" className="to-confirm-note">
          {t('publicCatalogue.list.toConfirm')}
        </Text>
      )}
    </Paper>
  );
}

/** One label and value of a definition list; values keep the document's line breaks. */
export function Fact({
  label,
  clamp = false,
  children,
}: {
  label: string;
  clamp?: boolean;
  children: ReactNode;
}) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd className="preserve-lines">{clamp ? <span className="fact-clamp">{children}</span> : children}</dd>
    </div>
  );
}
