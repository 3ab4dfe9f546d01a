import { Anchor, Box, Group, Text } from '@mantine/core';
import { IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TCaseDetail } from '../../../domain/cases/views';
import { attachmentUrl } from './api';
import { CaseSection } from './case-section';

/** The service's requirements: which arrived (with the file, when one was uploaded) and which are missing. */
export function ChecklistPanel({ detail }: { detail: TCaseDetail }) {
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
            <li key={entry.item} data-received={entry.received}>
              <Group gap="xs" wrap="nowrap" align="flex-start">
                {entry.received ? (
                  <IconCircleCheck size={20} color="var(--mantine-color-teal-8)" aria-hidden />
                ) : (
                  <IconCircleDashed size={20} color="var(--mantine-color-orange-8)" aria-hidden />
                )}
                <Box miw={0}>
                  <Text size="sm">{entry.item}</Text>
                  <Text size="xs" fw={600} c={entry.received ? 'teal.9' : 'red.9'}>
                    {entry.received ? t('cases.checklist.received') : t('cases.checklist.missing')}
                    {entry.attachmentId && (
                      <>
                        {' · '}
                        <Anchor
                          href={attachmentUrl(detail.ticket, entry.attachmentId)}
                          target="_blank"
                          rel="noopener"
                          size="xs"
                        >
                          {t('cases.checklist.file')}
                        </Anchor>
                      </>
                    )}
                  </Text>
                </Box>
              </Group>
            </li>
          ))}
        </Box>
      )}
    </CaseSection>
  );
}
