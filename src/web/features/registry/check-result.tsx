import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type {
  TRegistryCheckResult,
  TRegistryHousehold,
  TRegistryPerson,
} from '../../../domain/registry/schemas';
import { TableScroller } from '../../app/ui/table-scroller';
import { ReadableBadge } from '../letters/readable-badge';

const PROGRAMME_NAMES = { pkh: 'PKH', bpnt: 'BPNT', pbiJkn: 'PBI-JKN', blt: 'BLT' } as const;

function Programmes({ programmes }: { programmes: TRegistryPerson['programmes'] }) {
  const { t } = useTranslation();
  const names = (Object.keys(PROGRAMME_NAMES) as (keyof typeof PROGRAMME_NAMES)[]).filter(
    (key) => programmes[key],
  );
  if (names.length === 0) return <Text span>{t('registry.check.none')}</Text>;
  return (
    <Group gap={4} component="span">
      {names.map((key) => (
        <Badge key={key} variant="light">
          {PROGRAMME_NAMES[key]}
        </Badge>
      ))}
    </Group>
  );
}

function PickButton({ picked, name, onPick }: { picked: boolean; name: string; onPick: () => void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-sm"
      variant={picked ? 'filled' : 'default'}
      aria-pressed={picked}
      aria-label={`${t('registry.check.pick')} ${name}`}
      onClick={onPick}
    >
      {picked ? t('registry.check.picked') : t('registry.check.pick')}
    </Button>
  );
}

interface CheckResultProps {
  result: TRegistryCheckResult;
  picked: string | null;
  onPick: (memberId: string) => void;
}

/** The household of the person: its programmes, lowest decile and members (NIKs masked). */
function HouseholdPanel({
  result,
  picked,
  onPick,
}: CheckResultProps & { result: { household: TRegistryHousehold } }) {
  const { t } = useTranslation();
  const household = result.household;
  return (
    <Stack gap={4}>
      <Title order={3} size="h4">
        {t('registry.check.household')}
      </Title>
      <Text size="sm">
        {t('registry.check.householdLine', {
          kk: household.kkMasked,
          address: [household.address, household.villageName, household.districtName]
            .filter(Boolean)
            .join(', '),
        })}
      </Text>
      <Group gap="xs">
        <Text size="sm">{t('registry.check.programmes')}:</Text>
        <Programmes programmes={household.programmes} />
        {household.decile !== null && (
          <Badge variant="outline">{t('registry.check.decile', { decile: household.decile })}</Badge>
        )}
      </Group>
      <TableScroller label={t('registry.check.members')} minWidth={520}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('registry.check.name')}</Table.Th>
              <Table.Th>{t('registry.check.nik')}</Table.Th>
              <Table.Th>{t('registry.check.relation')}</Table.Th>
              <Table.Th>{t('registry.check.born')}</Table.Th>
              {result.by === 'kk' && <Table.Th>{t('registry.check.pick')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {household.members.map((m) => (
              <Table.Tr key={m.memberId}>
                <Table.Td>{m.name}</Table.Td>
                <Table.Td>{m.nikMasked}</Table.Td>
                <Table.Td>{m.relation ? t(`registry.relations.${m.relation}`) : '-'}</Table.Td>
                <Table.Td>{m.birthDate ?? '-'}</Table.Td>
                {result.by === 'kk' && (
                  <Table.Td>
                    <PickButton
                      picked={picked === m.memberId}
                      name={m.name}
                      onPick={() => onPick(m.memberId)}
                    />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroller>
    </Stack>
  );
}

/** What the registry says: registered or not, the person or candidates, the household, source and date. */
export function CheckResult({ result, picked, onPick }: CheckResultProps) {
  const { t } = useTranslation();
  const household = result.household;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="check-result-heading">
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={2} size="h3" id="check-result-heading">
            {t('registry.check.resultHeading')}
          </Title>
          <ReadableBadge
            filled
            color={result.registered ? 'teal' : 'gray'}
            size="lg"
            data-testid="registry-status"
          >
            {result.registered ? t('registry.check.registered') : t('registry.check.notRegistered')}
          </ReadableBadge>
        </Group>
        <Text size="sm" c="dimmed">
          {result.source && result.dataDate
            ? t('registry.check.sourceLine', { source: result.source, date: result.dataDate })
            : t('registry.check.noSource')}
        </Text>
        {result.people.length > 0 && (
          <Stack gap={4}>
            <Title order={3} size="h4">
              {result.by === 'name' ? t('registry.check.candidates') : t('registry.check.person')}
            </Title>
            {result.people.map((person) => (
              <Group key={person.memberId} gap="sm" wrap="wrap">
                <Text fw={600}>{person.name}</Text>
                <Text size="sm">{`${person.nikMasked} · ${t('registry.check.born')} ${person.birthDate ?? '-'}`}</Text>
                <Programmes programmes={person.programmes} />
                {person.score !== undefined && (
                  <>
                    <Text size="sm" c="dimmed">
                      {t('registry.check.score', { score: Math.round(person.score * 100) })}
                    </Text>
                    <PickButton
                      picked={picked === person.memberId}
                      name={person.name}
                      onPick={() => onPick(person.memberId)}
                    />
                  </>
                )}
              </Group>
            ))}
          </Stack>
        )}
        {household && <HouseholdPanel result={{ ...result, household }} picked={picked} onPick={onPick} />}
      </Stack>
    </Paper>
  );
}
