import { Button, Paper, Text, VisuallyHidden } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { spellTicket } from './ticket-spelling';

/** Copies without the Clipboard API where it is missing (it needs HTTPS, which a local deployment may lack). */
async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall back below
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const copied = document.execCommand('copy');
  area.remove();
  return copied;
}

interface TicketDisplayProps {
  ticket: string;
  agendaNumber: string | null;
  /** Wording for an officer who hands the ticket on (the default speaks to the reporter). */
  label?: string;
  hint?: string;
}

/** The ticket, large and spaced for reading out, with a copy button and the agenda number. */
export function TicketDisplay({ ticket, agendaNumber, label, hint }: TicketDisplayProps) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  const copy = async () => setCopied(await copyText(ticket));
  return (
    <Paper withBorder p="md" className="ticket-card">
      <Text fw={600}>{label ?? t('publicReport.result.ticketLabel')}</Text>
      <p className="ticket-number">
        <span aria-hidden>{ticket}</span>
        <VisuallyHidden>{spellTicket(ticket)}</VisuallyHidden>
      </p>
      <Button
        variant="default"
        size="md"
        leftSection={copied ? <IconCheck size={18} aria-hidden /> : <IconCopy size={18} aria-hidden />}
        onClick={() => void copy()}
      >
        {t('publicReport.result.copy')}
      </Button>
      <div role="status">
        {copied && (
          <Text size="sm" mt={4} c="green.9">
            {t('publicReport.result.copied')}
          </Text>
        )}
      </div>
      <Text size="sm" mt="sm">
        {hint ?? t('publicReport.result.ticketHint')}
      </Text>
      {agendaNumber && (
        <Text mt="xs" fw={600}>
          {t('publicReport.result.agenda', { number: agendaNumber })}
        </Text>
      )}
    </Paper>
  );
}
