import '@mantine/core/styles/Radio.css';
import { Anchor, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { STAGE_LABELS } from '../../../domain/registry/proposal';
import { useApiQuery } from '../../api/use-api-query';
import { useFormSubmission } from '../../api/use-form-submission';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { PageTitle } from '../../app/ui/page-title';
import { TableScroller } from '../../app/ui/table-scroller';
import { fetchProposal, fetchProposals, proposalExportUrl, startProposal } from './api';
import { ProposalDetail } from './proposal-detail';

function StartForm({ onStarted }: { onStarted: (ticket: string) => void }) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { ticket: '' } });
  const { failure, submitting, handleSubmit } = useFormSubmission(form, async (v: { ticket: string }) => {
    onStarted((await startProposal(v.ticket.trim())).ticket);
    form.reset();
  });
  return (
    <form onSubmit={form.onSubmit(handleSubmit)} noValidate aria-label={t('registry.proposals.start')}>
      <Stack gap="xs">
        {failure && <ErrorAlert error={failure.error} otherMessages={failure.otherMessages} />}
        <Group align="flex-end" gap="sm">
          <TextInput
            label={t('registry.proposals.start')}
            maxLength={20}
            required
            {...form.getInputProps('ticket')}
          />
          <Button type="submit" loading={submitting}>
            {t('registry.proposals.startSubmit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Exports() {
  const { t } = useTranslation();
  const links = [
    [proposalExportUrl('awaiting_entry', 'xlsx'), t('registry.proposals.exportAwaiting')],
    [proposalExportUrl('awaiting_entry', 'csv'), t('registry.proposals.exportAwaitingCsv')],
    [proposalExportUrl('accepted', 'xlsx'), t('registry.proposals.exportAccepted')],
  ];
  return (
    <section aria-labelledby="exports-heading">
      <Title order={2} size="h3" id="exports-heading" mb="xs">
        {t('registry.proposals.exportHeading')}
      </Title>
      <Group gap="sm">
        {links.map(([href, label]) => (
          <Button
            key={href}
            component="a"
            href={href}
            variant="default"
            leftSection={<IconFileSpreadsheet size={18} aria-hidden />}
          >
            {label}
          </Button>
        ))}
      </Group>
    </section>
  );
}

/** `/staff/registry-proposals`: DTKS proposals (Dumai standard 1), each followed through its stages. */
export default function ProposalsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const ticket = params.get('ticket');
  const list = useApiQuery('proposals', fetchProposals);
  const detail = useApiQuery(`proposal:${ticket ?? ''}`, (signal) =>
    ticket ? fetchProposal(ticket, signal) : Promise.resolve(null),
  );
  const open = (next: string) => setParams({ ticket: next });
  return (
    <Stack gap="lg">
      <PageTitle>{t('registry.proposals.title')}</PageTitle>
      <div>
        <Title order={1}>{t('registry.proposals.title')}</Title>
        <Text c="dimmed">{t('registry.proposals.intro')}</Text>
      </div>
      <Paper withBorder p="md">
        <StartForm
          onStarted={(started) => {
            list.reload();
            open(started);
          }}
        />
      </Paper>
      {detail.error && <ErrorAlert error={detail.error} onRetry={detail.reload} />}
      {detail.data && (
        <ProposalDetail
          proposal={detail.data}
          onUpdate={(next) => {
            detail.setData(() => next);
            list.reload();
          }}
        />
      )}
      <Exports />
      <section aria-labelledby="proposals-heading">
        <Title order={2} size="h3" id="proposals-heading" mb="xs">
          {t('registry.proposals.listHeading')}
        </Title>
        {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
        {!list.data && list.loading && <PageLoader />}
        {list.data && list.data.items.length === 0 && <Text>{t('registry.proposals.empty')}</Text>}
        {list.data && list.data.items.length > 0 && (
          <TableScroller label={t('registry.proposals.listHeading')} minWidth={640}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('registry.proposals.columns.ticket')}</Table.Th>
                  <Table.Th>{t('registry.proposals.columns.person')}</Table.Th>
                  <Table.Th>{t('registry.proposals.columns.stage')}</Table.Th>
                  <Table.Th>{t('registry.proposals.columns.due')}</Table.Th>
                  <Table.Th>{t('registry.proposals.columns.status')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((p) => (
                  <Table.Tr key={p.ticket}>
                    <Table.Td>
                      <Anchor component="button" type="button" onClick={() => open(p.ticket)}>
                        {p.ticket}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{p.personName}</Table.Td>
                    <Table.Td>{p.stage ? STAGE_LABELS[p.stage] : '-'}</Table.Td>
                    <Table.Td>
                      {p.overdue ? `${p.dueOn} · ${t('registry.proposals.overdue')}` : p.dueOn}
                    </Table.Td>
                    <Table.Td>{t(`registry.proposals.status.${p.status}`)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroller>
        )}
      </section>
    </Stack>
  );
}
