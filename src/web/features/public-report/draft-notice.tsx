import { Alert, Button, Text } from '@mantine/core';
import { IconRestore } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../app/format';
import type { ReportDraft } from './report-draft';

/** Says that the form came back from the phone's storage, with the way to start from scratch instead. */
export function DraftNotice({
  draft,
  timeZone,
  onStartOver,
  onClose,
}: {
  draft: ReportDraft;
  timeZone: string;
  onStartOver: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      color="blue"
      variant="light"
      icon={<IconRestore aria-hidden />}
      title={t('publicReport.draft.restoredTitle')}
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
    >
      <Text size="sm">
        {t('publicReport.draft.restoredBody', { time: formatDateTime(draft.savedAt, timeZone) })}
      </Text>
      {draft.photosDropped && (
        <Text size="sm" mt={4}>
          {t('publicReport.draft.photosNotKept')}
        </Text>
      )}
      <Button mt="sm" size="sm" variant="white" onClick={onStartOver}>
        {t('publicReport.draft.startOver')}
      </Button>
    </Alert>
  );
}
