import { Badge, Button, Group, Modal, Paper, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  TDuplicateCandidate,
  TPersonDetail,
  TRegisterListItem,
} from '../../../domain/ppks-register/schemas';
import { type ApiError, toApiError } from '../../api/client';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorAlert } from '../../app/ui/error-alert';
import { PageLoader } from '../../app/ui/page-loader';
import { currentLocale } from '../../i18n';
import { formatDate } from '../cases/case-text';
import { fetchDuplicates, mergeInto, searchRegister } from './api';
import { categoryLabel } from './labels';

type Candidate = TRegisterListItem & Partial<Pick<TDuplicateCandidate, 'similarity' | 'warnings'>>;

interface MergeDialogProps {
  opened: boolean;
  person: TPersonDetail;
  onClose: () => void;
  onMerged: (movedCases: number) => void;
}

/**
 * Picks another record of the same person (the server's suggestions, or a search by name) and merges
 * it into this one with a reason. The server refuses two different NIKs; its message shows here.
 */
export function MergeDialog({ opened, person, onClose, onMerged }: MergeDialogProps) {
  const { t } = useTranslation();
  const [picked, setPicked] = useState<string>('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [found, setFound] = useState<Candidate[] | null>(null);
  const suggestions = useApiQuery(`ppks-duplicates:${person.id}:${opened}`, (signal) =>
    opened ? fetchDuplicates(person.id, signal) : Promise.resolve({ items: [] }),
  );
  const candidates: Candidate[] = found ?? suggestions.data?.items ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await mergeInto(person.id, picked, reason);
      setPicked('');
      setReason('');
      setFound(null);
      onMerged(result.movedCases);
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  const fieldError = (name: string) => error?.fields[name];

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('ppksRegister.merge.title', { name: person.fullName })}
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('ppksRegister.merge.intro')}</Text>
          {error && !error.fields.sourceId && !error.fields.reason && <ErrorAlert error={error} />}
          <OtherSearch excludeId={person.id} onFound={setFound} />
          {suggestions.loading && !found ? (
            <PageLoader />
          ) : (
            <Radio.Group
              label={t('ppksRegister.merge.candidates')}
              value={picked}
              onChange={setPicked}
              error={fieldError('sourceId')}
            >
              <Stack gap="xs" mt="xs">
                {candidates.length === 0 && (
                  <Text size="sm" c="dimmed">
                    {found ? t('ppksRegister.merge.searchEmpty') : t('ppksRegister.merge.candidatesEmpty')}
                  </Text>
                )}
                {candidates.map((c) => (
                  <CandidateOption key={c.id} candidate={c} />
                ))}
              </Stack>
            </Radio.Group>
          )}
          <Textarea
            label={t('ppksRegister.merge.reason')}
            description={t('ppksRegister.merge.reasonHint')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={fieldError('reason')}
            required
            autosize
            minRows={2}
            maxLength={500}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={busy} disabled={!picked}>
              {t('ppksRegister.merge.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function CandidateOption({ candidate: c }: { candidate: Candidate }) {
  const { t } = useTranslation();
  const facts = [
    c.nikMasked,
    c.birthDate && formatDate(c.birthDate, currentLocale()),
    [c.villageName, c.districtName].filter(Boolean).join(', '),
    c.latestCategory && categoryLabel(c.latestCategory, c.latestSubcategory),
  ].filter(Boolean);
  return (
    <Paper withBorder p="xs">
      <Radio
        value={c.id}
        label={c.fullName}
        styles={{ label: { fontWeight: 700 } }}
        description={
          <>
            {facts.join(' · ')}
            {c.similarity !== undefined &&
              ` · ${t('ppksRegister.merge.similarity', { percent: Math.round(c.similarity * 100) })}`}
          </>
        }
      />
      {(c.warnings ?? []).length > 0 && (
        <Group gap={4} mt={4} ml={32}>
          {(c.warnings ?? []).map((w) => (
            <Badge key={w} color="orange" variant="light" c="dark.8" tt="none">
              {t(`ppksRegister.merge.warnings.${w}`)}
            </Badge>
          ))}
        </Group>
      )}
    </Paper>
  );
}

/** A name search across the register when the suggestions do not hold the duplicate. */
function OtherSearch({ excludeId, onFound }: { excludeId: string; onFound: (items: Candidate[]) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const search = async () => {
    if (!text.trim()) return;
    setBusy(true);
    setError(null);
    try {
      const page = await searchRegister({ q: text.trim(), limit: 20 });
      onFound(page.items.filter((item) => item.id !== excludeId));
    } catch (caught) {
      setError(toApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs">
      {error && <ErrorAlert error={error} />}
      <Group align="flex-end" gap="sm" wrap="nowrap">
        <TextInput
          label={t('ppksRegister.merge.searchOther')}
          value={text}
          onChange={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void search();
            }
          }}
          autoComplete="off"
          flex={1}
          maxLength={80}
        />
        <Button
          variant="default"
          loading={busy}
          onClick={() => void search()}
          leftSection={<IconSearch size={16} aria-hidden />}
        >
          {t('ppksRegister.merge.searchSubmit')}
        </Button>
      </Group>
    </Stack>
  );
}
