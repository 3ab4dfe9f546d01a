import { Anchor, Box, Button, FileButton, Group, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TCaseDetail } from '../../../domain/cases/views';
import { toApiError } from '../../api/client';
import { attachmentUrl, uploadRequirementDocument } from './api';
import { CaseSection } from './case-section';

/** What the server accepts for a case file (checked again there, by content). */
const ACCEPTED_FILES = 'image/jpeg,image/png,image/webp,application/pdf';
const MAX_FILE_BYTES = 10 * 1024 * 1024;

type Entry = TCaseDetail['checklist'][number];

/**
 * The service's requirements: which arrived (with the file, when one was uploaded) and which are
 * missing; an officer uploads a scan or photo of each document as the reporter brings it in.
 */
export function ChecklistPanel({ detail, onUploaded }: { detail: TCaseDetail; onUploaded: () => void }) {
  const { t } = useTranslation();
  return (
    <CaseSection id="case-checklist" title={t('cases.detail.sections.checklist')}>
      {detail.checklist.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('cases.checklist.empty')}
        </Text>
      ) : (
        <Box component="ul" className="case-checklist">
          {detail.checklist.map((entry) => (
            <ChecklistItem key={entry.item} ticket={detail.ticket} entry={entry} onUploaded={onUploaded} />
          ))}
        </Box>
      )}
    </CaseSection>
  );
}

interface ChecklistItemProps {
  ticket: string;
  entry: Entry;
  onUploaded: () => void;
}

function ChecklistItem({ ticket, entry, onUploaded }: ChecklistItemProps) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = `checklist-error-${entry.item.replace(/\W+/g, '-')}`;

  const upload = async (file: File | null) => {
    if (!file) return;
    setError(null);
    if (file.size > MAX_FILE_BYTES) {
      setError(t('cases.checklist.tooLarge'));
      return;
    }
    setBusy(true);
    try {
      await uploadRequirementDocument(ticket, entry.item, file);
      onUploaded();
    } catch (e) {
      const problem = toApiError(e);
      setError(problem.fields.file ?? problem.fields.item ?? problem.message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li data-received={entry.received}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        {entry.received ? (
          <IconCircleCheck size={20} color="var(--mantine-color-teal-8)" aria-hidden />
        ) : (
          <IconCircleDashed size={20} color="var(--mantine-color-orange-8)" aria-hidden />
        )}
        <Box miw={0} style={{ flex: 1 }}>
          <Text size="sm">{entry.item}</Text>
          <Text size="xs" fw={600} c={entry.received ? 'teal.9' : 'red.9'}>
            {entry.received ? t('cases.checklist.received') : t('cases.checklist.missing')}
            {entry.attachmentId && (
              <>
                {' · '}
                <Anchor
                  href={attachmentUrl(ticket, entry.attachmentId)}
                  target="_blank"
                  rel="noopener"
                  size="xs"
                >
                  {t('cases.checklist.file')}
                </Anchor>
              </>
            )}
          </Text>
          {error && (
            <Text size="xs" c="red.9" id={errorId} role="alert">
              {error}
            </Text>
          )}
        </Box>
        <FileButton accept={ACCEPTED_FILES} onChange={upload}>
          {(props) => (
            <Button
              {...props}
              size="compact-sm"
              variant="default"
              loading={busy}
              leftSection={<IconUpload size={14} aria-hidden />}
              aria-label={t('cases.checklist.uploadFor', { item: entry.item })}
              aria-describedby={error ? errorId : undefined}
            >
              {entry.received ? t('cases.checklist.replace') : t('cases.checklist.upload')}
            </Button>
          )}
        </FileButton>
      </Group>
    </li>
  );
}
