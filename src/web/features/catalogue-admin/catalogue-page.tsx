import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TServiceSummary } from '../../../domain/catalogue/standard';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { useSignedInUser } from '../auth/session';
import { ConfirmDialog } from '../office-settings/confirm-dialog';
import { SuccessNotice } from '../office-settings/success-notice';
import { fetchServices } from './api';
import { ServiceList } from './service-list';
import { useCatalogueActions } from './use-catalogue-actions';

/** `/staff/catalogue` (office staff view, admins change): the office's services in their public order. */
export default function CataloguePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const canEdit = user.role === 'admin';
  const services = useApiQuery('catalogue-services', fetchServices);
  const actions = useCatalogueActions(services);
  const [toggling, setToggling] = useState<TServiceSummary | null>(null);
  const items = services.data?.items ?? [];

  return (
    <Stack gap="lg">
      <PageTitle>{t('catalogueAdmin.title')}</PageTitle>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('catalogueAdmin.title')}</Title>
          <Text c="dimmed">{t('catalogueAdmin.intro', { office: user.office.name })}</Text>
        </div>
        {canEdit && (
          <Button component={Link} to="/staff/catalogue/new" leftSection={<IconPlus size={18} aria-hidden />}>
            {t('catalogueAdmin.add')}
          </Button>
        )}
      </Group>
      {!canEdit && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle aria-hidden />}>
          {t('catalogueAdmin.readOnlyNotice')}
        </Alert>
      )}
      <SuccessNotice message={actions.notice} onClose={actions.clearNotice} />
      {actions.error && (
        <ErrorAlert error={actions.error} otherMessages={Object.values(actions.error.fields)} />
      )}
      {services.error && <ErrorAlert error={services.error} onRetry={services.reload} />}
      {services.loading && !services.data && <PageLoader />}
      {services.data && (
        <>
          <Text size="sm" c="dimmed">
            {t('catalogueAdmin.count', { count: items.length })}
          </Text>
          {items.length === 0 ? (
            <Text>{t('catalogueAdmin.empty')}</Text>
          ) : (
            <ServiceList
              services={items}
              onMove={canEdit ? actions.move : undefined}
              onToggle={canEdit ? setToggling : undefined}
            />
          )}
        </>
      )}
      <StatusDialog
        service={toggling}
        onConfirm={async (service) => {
          await actions.toggle(service);
          setToggling(null);
        }}
        onClose={() => setToggling(null)}
      />
    </Stack>
  );
}

interface StatusDialogProps {
  service: TServiceSummary | null;
  onConfirm: (service: TServiceSummary) => Promise<void>;
  onClose: () => void;
}

/** Asks before a service leaves (or returns to) the public catalogue. */
function StatusDialog({ service, onConfirm, onClose }: StatusDialogProps) {
  const { t } = useTranslation();
  const deactivating = service?.active ?? false;
  const name = service?.name ?? '';
  return (
    <ConfirmDialog
      opened={service !== null}
      title={deactivating ? t('catalogueAdmin.deactivateTitle') : t('catalogueAdmin.activateTitle')}
      message={
        deactivating
          ? t('catalogueAdmin.deactivateConfirm', { name })
          : t('catalogueAdmin.activateConfirm', { name })
      }
      confirmLabel={deactivating ? t('catalogueAdmin.deactivate') : t('catalogueAdmin.activate')}
      danger={deactivating}
      onConfirm={async () => {
        if (service) await onConfirm(service);
      }}
      onClose={onClose}
    />
  );
}
