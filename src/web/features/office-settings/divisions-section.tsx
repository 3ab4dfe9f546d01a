import { Box, Button, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { StatusDot } from '../../app/ui/status-dot';
import { TableScroller } from '../../app/ui/table-scroller';
import { useIsWide } from '../../app/ui/use-is-wide';
import { fetchDivisions, type TDivision } from './api';
import { DivisionForm } from './division-form';
import { SuccessNotice } from './success-notice';

type DivisionDialog = { kind: 'create' } | { kind: 'edit'; division: TDivision };

/** Section 3: the office's divisions, each added or edited in a dialog. */
export function DivisionsSection({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation();
  const divisions = useApiQuery('office-divisions', fetchDivisions);
  const [dialog, setDialog] = useState<DivisionDialog | null>(null);
  const [opened, setOpened] = useState(false);
  const [dialogCount, setDialogCount] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);

  const open = (next: DivisionDialog) => {
    setDialog(next);
    setDialogCount((count) => count + 1);
    setOpened(true);
    setNotice(null);
  };
  const handleSaved = (saved: TDivision) => {
    divisions.setData((current) => {
      const items = current?.items ?? [];
      const exists = items.some((item) => item.code === saved.code);
      return {
        items: exists ? items.map((item) => (item.code === saved.code ? saved : item)) : [...items, saved],
      };
    });
    setNotice(
      dialog?.kind === 'create'
        ? t('officeSettings.divisions.created', { name: saved.name })
        : t('officeSettings.divisions.saved', { name: saved.name }),
    );
    setOpened(false);
  };

  const items = divisions.data?.items ?? [];
  return (
    <Stack gap="md">
      <SuccessNotice message={notice} onClose={() => setNotice(null)} />
      {divisions.error && <ErrorAlert error={divisions.error} onRetry={divisions.reload} />}
      {!readOnly && (
        <div>
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={() => open({ kind: 'create' })}>
            {t('officeSettings.divisions.add')}
          </Button>
        </div>
      )}
      {divisions.loading && !divisions.data && <PageLoader />}
      {divisions.data && items.length === 0 && <Text>{t('officeSettings.divisions.empty')}</Text>}
      {items.length > 0 && (
        <DivisionList
          divisions={items}
          onEdit={readOnly ? undefined : (division) => open({ kind: 'edit', division })}
        />
      )}
      <Modal
        opened={opened}
        onClose={() => setOpened(false)}
        title={
          dialog?.kind === 'edit'
            ? t('officeSettings.divisions.editTitle', { name: dialog.division.name })
            : t('officeSettings.divisions.createTitle')
        }
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        {dialog && (
          <DivisionForm
            key={dialogCount}
            division={dialog.kind === 'edit' ? dialog.division : undefined}
            onSaved={handleSaved}
            onCancel={() => setOpened(false)}
          />
        )}
      </Modal>
    </Stack>
  );
}

interface DivisionListProps {
  divisions: TDivision[];
  onEdit: ((division: TDivision) => void) | undefined;
}

function DivisionStatus({ division }: { division: TDivision }) {
  const { t } = useTranslation();
  return (
    <StatusDot
      tone={division.active ? 'ok' : 'off'}
      label={division.active ? t('common.active') : t('common.inactive')}
    />
  );
}

function EditButton({ division, onEdit }: { division: TDivision; onEdit: (division: TDivision) => void }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      leftSection={<IconPencil size={14} aria-hidden />}
      aria-label={t('officeSettings.divisions.editFor', { name: division.name })}
      onClick={() => onEdit(division)}
    >
      {t('officeSettings.divisions.edit')}
    </Button>
  );
}

/** A table where there is room, cards on a phone. */
function DivisionList(props: DivisionListProps) {
  return useIsWide() ? <DivisionTable {...props} /> : <DivisionCards {...props} />;
}

function DivisionTable({ divisions, onEdit }: DivisionListProps) {
  const { t } = useTranslation();
  return (
    <TableScroller label={t('officeSettings.sections.divisions')} minWidth={640}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('officeSettings.divisions.code')}</Table.Th>
            <Table.Th scope="col">{t('officeSettings.divisions.name')}</Table.Th>
            <Table.Th scope="col">{t('officeSettings.divisions.description')}</Table.Th>
            <Table.Th scope="col">{t('officeSettings.divisions.status')}</Table.Th>
            {onEdit && <Table.Th scope="col">{t('officeSettings.divisions.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {divisions.map((division) => (
            <Table.Tr key={division.code}>
              <Table.Td ff="monospace">{division.code}</Table.Td>
              <Table.Td>{division.name}</Table.Td>
              <Table.Td>{division.description ?? t('common.empty')}</Table.Td>
              <Table.Td>
                <DivisionStatus division={division} />
              </Table.Td>
              {onEdit && (
                <Table.Td>
                  <EditButton division={division} onEdit={onEdit} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroller>
  );
}

function DivisionCards({ divisions, onEdit }: DivisionListProps) {
  return (
    <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {divisions.map((division) => (
        <Box component="li" key={division.code} mb="sm">
          <Paper withBorder p="sm">
            <Group justify="space-between" align="flex-start" wrap="nowrap">
              <Title order={3} size="h5">
                {division.name}{' '}
                <Text component="span" size="xs" c="dimmed" ff="monospace">
                  {division.code}
                </Text>
              </Title>
              {onEdit && <EditButton division={division} onEdit={onEdit} />}
            </Group>
            {division.description && <Text size="sm">{division.description}</Text>}
            <Box mt={6}>
              <DivisionStatus division={division} />
            </Box>
          </Paper>
        </Box>
      ))}
    </Box>
  );
}
