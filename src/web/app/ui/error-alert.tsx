import { Alert, Button, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';

interface ErrorAlertProps {
  error: ApiError;
  /** Field messages that no input on screen can show. */
  otherMessages?: string[];
  onRetry?: () => void;
}

/** The server's own message, as it sent it, with a retry when one makes sense. */
export function ErrorAlert({ error, otherMessages = [], onRetry }: ErrorAlertProps) {
  const { t } = useTranslation();
  return (
    <Alert
      color="red"
      variant="light"
      title={t('common.errorTitle')}
      icon={<IconAlertTriangle aria-hidden />}
    >
      {error.message}
      {otherMessages.length > 0 && (
        <List size="sm" mt="xs">
          {otherMessages.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
      {onRetry && (
        <Button variant="white" color="red" size="xs" mt="sm" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      )}
    </Alert>
  );
}
