import { Alert, Modal, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TSessionUser } from '../../../domain/auth/schemas';
import type { TDistrictUnit } from '../../../domain/offices/schemas';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { useSignedInUser } from '../auth/session';
import { fetchDistrictUnits } from './api';
import { DistrictUnitForm } from './district-unit-form';
import { DistrictUnitList } from './district-unit-list';

/** Admins edit every unit; a district operator only their own (the server checks the same). */
function canEdit(user: TSessionUser, unit: TDistrictUnit): boolean {
  return (
    user.role === 'admin' || (user.role === 'district_operator' && user.districtCode === unit.districtCode)
  );
}

/** `/staff/district-units` (office staff): the kecamatan service units and their contacts. */
export default function DistrictUnitsPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const units = useApiQuery('district-units', fetchDistrictUnits);
  const [editing, setEditing] = useState<TDistrictUnit | null>(null);
  const [modalOpened, setModalOpened] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const openEditor = (unit: TDistrictUnit) => {
    setEditing(unit);
    setModalOpened(true);
    setNotice(null);
  };
  const handleSaved = (saved: TDistrictUnit) => {
    units.setData((current) => ({
      items: (current?.items ?? []).map((unit) => (unit.districtCode === saved.districtCode ? saved : unit)),
    }));
    setNotice(t('districtUnits.saved', { district: saved.districtName }));
    setModalOpened(false);
  };

  return (
    <Stack gap="lg">
      <PageTitle>{t('districtUnits.title')}</PageTitle>
      <div>
        <Title order={1}>{t('districtUnits.title')}</Title>
        <Text c="dimmed">
          {user.role === 'district_operator'
            ? t('districtUnits.introOwn')
            : t('districtUnits.intro', { office: user.office.name })}
        </Text>
      </div>
      {notice && (
        <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />}>
          {notice}
        </Alert>
      )}
      {units.error && <ErrorAlert error={units.error} onRetry={units.reload} />}
      {units.loading && !units.data && <PageLoader />}
      {units.data && (
        <>
          <Text size="sm" c="dimmed">
            {t('districtUnits.count', { count: units.data.items.length })}
          </Text>
          {units.data.items.length === 0 ? (
            <Text>{t('districtUnits.empty')}</Text>
          ) : (
            <DistrictUnitList
              units={units.data.items}
              isEditable={(unit) => canEdit(user, unit)}
              onEdit={openEditor}
            />
          )}
        </>
      )}
      <Modal
        opened={modalOpened}
        onClose={() => setModalOpened(false)}
        title={editing ? t('districtUnits.editTitle', { district: editing.districtName }) : ''}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {editing && (
          <DistrictUnitForm
            key={`${editing.districtCode}-${String(modalOpened)}`}
            unit={editing}
            onSaved={handleSaved}
            onCancel={() => setModalOpened(false)}
          />
        )}
      </Modal>
    </Stack>
  );
}
